// The host page's own script: a listener on an element inside the article (it must
// survive highlighting) and two buttons that drive the embed's API.
const clicks = document.getElementById('host-clicks');
document.getElementById('host-button').addEventListener('click', () => { clicks.textContent = String(Number(clicks.textContent) + 1); });

const story = document.getElementById('story');
const status = document.getElementById('demo-status');
const show = (result) => { status.textContent = result ? `${result.mentions.length} menzioni evidenziate.` : 'Evidenziazioni tolte.'; };
document.getElementById('demo-clear').addEventListener('click', () => { ArticleAnnotator.clear(story); show(null); });
document.getElementById('demo-highlight').addEventListener('click', () => ArticleAnnotator.highlight(story).then(show));
ArticleAnnotator.done.then(() => show(ArticleAnnotator.resultOf(story)));
