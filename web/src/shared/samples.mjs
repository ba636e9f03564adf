// Two sample articles, news style, invented for the page.
export const SAMPLES = {
  it: `Kiev chiede più difese aeree dopo l'ondata di droni Shahed

KIEV — Nella notte tra sabato e domenica la Russia ha lanciato più di cento droni Shahed e una decina di missili Iskander contro Kharkiv, Odessa e la regione di Dnipro. L'aeronautica ucraina ha dichiarato di averne abbattuti la maggior parte con i sistemi Patriot e IRIS-T forniti dalla Germania.

Il presidente Volodymyr Zelensky ha chiesto agli alleati della NATO di accelerare le consegne: «Ci servono missili anticarro, munizioni da 155 millimetri e altri HIMARS», ha detto a Bruxelles dopo l'incontro con il segretario generale Mark Rutte.

A Roma il ministro della Difesa Guido Crosetto ha confermato che l'Italia invierà un nuovo pacchetto di aiuti militari, che comprende il sistema SAMP/T e blindati Lince. Secondo fonti del Pentagono, gli Stati Uniti stanno negoziando con la Corea del Sud la vendita di proiettili d'artiglieria da trasferire poi in Ucraina.

Intanto a Istanbul riprendono i negoziati sul grano del Mar Nero, con la mediazione della Turchia e delle Nazioni Unite. Il Cremlino ha fatto sapere che Dmitrij Peskov non esclude un incontro tecnico, ma Mosca accusa Londra di aver fornito a Kiev missili Storm Shadow usati contro la Crimea.`,
  en: `Drone strikes hit Red Sea shipping as arms talks resume in Geneva

GENEVA — Houthi rebels fired anti-ship missiles and launched Shahed-type drones at a cargo vessel off the coast of Yemen on Monday, the U.S. Central Command said, hours before negotiators met in Geneva to discuss a ceasefire in Sudan.

A U.S. Navy destroyer, the USS Carney, shot down three drones over the Red Sea, officials said. The attack came a day after Israel struck targets near Hodeidah with F-35 fighter jets.

In Washington, the State Department approved the sale of 40 HIMARS launchers and Javelin anti-tank missiles to Poland, a deal worth $3.5 billion. Defence Minister Wladyslaw Kosiniak-Kamysz said Warsaw would also buy K2 tanks from South Korea's Hyundai Rotem.

Meanwhile in Kyiv, President Volodymyr Zelensky met Antony Blinken to press for more Patriot batteries, after Russian forces hit Kharkiv with glide bombs and Iskander missiles. The United Nations warned that fighting around Zaporizhzhia had again cut power to the nuclear plant, which the IAEA says is held by Russian troops.`,
};
