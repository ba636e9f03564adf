// The page's tooltip: the shared one over the annotated article.
import { attachTooltip as attach } from '../shared/tooltip.mjs';

export const attachTooltip = (output, tip, getView) => attach(output, tip, () => getView()?.result);
