import i18next from 'i18next';
import { useTranslation } from 'react-i18next';

/** Diagram editor texts; registered under `diagram.` in i18next beside the shell's texts. */
const en = {
  views: 'Views',
  noViews: 'No views yet',
  newView: 'New view',
  newViewName: 'New view',
  generate: {
    ecosystem: 'Create ecosystem view',
    process: 'Create process view',
    portfolio: 'Create portfolio view',
    busy: 'Creating the view…',
  },
  loading: 'Opening the view…',
  readOnly: 'Read only',
  saving: 'Saving…',
  saved: 'Saved',
  conflict:
    'Someone else changed this view while you were editing. Your latest changes were not saved, so nothing of theirs was overwritten.',
  reload: 'Reload the view',
  saveFailed: 'Not saved: {{message}}',
  toolbar: {
    undo: 'Undo (Ctrl+Z)',
    redo: 'Redo (Ctrl+Y)',
    layout: 'Auto-layout (L)',
    layoutSelection: 'Lay out the selection',
    layingOut: 'Laying out…',
    alignLeft: 'Align left',
    alignTop: 'Align top',
    alignCenter: 'Align centres',
    pin: 'Pin (keep in place on layout)',
    unpin: 'Unpin',
    remove: 'Remove from view (Delete)',
    deleteFromModel: 'Delete from model…',
    legend: 'Legend',
    exportSvg: 'Export SVG',
    exportPng: 'Export PNG',
    note: 'Note',
    group: 'Group',
  },
  palette: {
    title: 'Add to the view',
    search: 'Find an element in the model',
    dragHint: 'Drag onto the canvas, or click to add.',
    newElement: 'New element',
    type: 'Type',
    name: 'Name',
    create: 'Create on the canvas',
    noResults: 'No matching elements',
  },
  connect: {
    title: 'Connect {{source}} → {{target}}',
    existing: 'Use an existing relationship',
    create: 'Create a new relationship',
    none: 'ArchiMate allows no relationship from this element to that one.',
    notElements: 'Only elements can be connected with relationships.',
    cancel: 'Cancel',
  },
  nest: {
    title: 'Nested {{child}} in {{parent}}',
    intro: 'Nesting usually means a relationship. Add one?',
    skip: 'Just nest, no relationship',
  },
  remove: {
    title: 'Delete from the model?',
    body: 'These elements are deleted from the whole model, with their relationships, and disappear from every view: {{names}}',
    confirm: 'Delete from model',
  },
  legend: { title: 'Legend', elements: 'Elements', relationships: 'Relationships' },
  problems: '{{count}} items of the view could not be drawn.',
  pinned: 'pinned',
};

type Texts = typeof en;

const fi: Texts = {
  views: 'Näkymät',
  noViews: 'Ei vielä näkymiä',
  newView: 'Uusi näkymä',
  newViewName: 'Uusi näkymä',
  generate: {
    ecosystem: 'Luo ekosysteeminäkymä',
    process: 'Luo prosessinäkymä',
    portfolio: 'Luo salkkunäkymä',
    busy: 'Luodaan näkymää…',
  },
  loading: 'Avataan näkymää…',
  readOnly: 'Vain luku',
  saving: 'Tallennetaan…',
  saved: 'Tallennettu',
  conflict:
    'Joku muu muutti tätä näkymää samaan aikaan. Viimeisimpiä muutoksiasi ei tallennettu, joten hänen muutoksiaan ei kirjoitettu yli.',
  reload: 'Lataa näkymä uudelleen',
  saveFailed: 'Ei tallennettu: {{message}}',
  toolbar: {
    undo: 'Kumoa (Ctrl+Z)',
    redo: 'Tee uudelleen (Ctrl+Y)',
    layout: 'Automaattinen asettelu (L)',
    layoutSelection: 'Asettele valitut',
    layingOut: 'Asetellaan…',
    alignLeft: 'Tasaa vasemmalle',
    alignTop: 'Tasaa ylös',
    alignCenter: 'Tasaa keskelle',
    pin: 'Kiinnitä (pysyy paikallaan asettelussa)',
    unpin: 'Irrota',
    remove: 'Poista näkymästä (Delete)',
    deleteFromModel: 'Poista mallista…',
    legend: 'Selite',
    exportSvg: 'Vie SVG',
    exportPng: 'Vie PNG',
    note: 'Muistiinpano',
    group: 'Ryhmä',
  },
  palette: {
    title: 'Lisää näkymään',
    search: 'Hae elementtiä mallista',
    dragHint: 'Vedä kankaalle tai lisää napsauttamalla.',
    newElement: 'Uusi elementti',
    type: 'Tyyppi',
    name: 'Nimi',
    create: 'Luo kankaalle',
    noResults: 'Ei osumia',
  },
  connect: {
    title: 'Yhdistä {{source}} → {{target}}',
    existing: 'Käytä olemassa olevaa suhdetta',
    create: 'Luo uusi suhde',
    none: 'ArchiMate ei salli suhdetta tästä elementistä tuohon.',
    notElements: 'Suhteella voi yhdistää vain elementtejä.',
    cancel: 'Peruuta',
  },
  nest: {
    title: '{{child}} sisäkkäin elementissä {{parent}}',
    intro: 'Sisäkkäisyys tarkoittaa yleensä suhdetta. Lisätäänkö suhde?',
    skip: 'Vain sisäkkäin, ei suhdetta',
  },
  remove: {
    title: 'Poistetaanko mallista?',
    body: 'Nämä elementit poistetaan koko mallista suhteineen, ja ne katoavat kaikista näkymistä: {{names}}',
    confirm: 'Poista mallista',
  },
  legend: { title: 'Selite', elements: 'Elementit', relationships: 'Suhteet' },
  problems: '{{count}} näkymän osaa ei voitu piirtää.',
  pinned: 'kiinnitetty',
};

const sv: Texts = {
  views: 'Vyer',
  noViews: 'Inga vyer ännu',
  newView: 'Ny vy',
  newViewName: 'Ny vy',
  generate: {
    ecosystem: 'Skapa ekosystemvy',
    process: 'Skapa processvy',
    portfolio: 'Skapa portföljvy',
    busy: 'Vyn skapas…',
  },
  loading: 'Vyn öppnas…',
  readOnly: 'Endast läsning',
  saving: 'Sparar…',
  saved: 'Sparat',
  conflict:
    'Någon annan ändrade vyn medan du redigerade. Dina senaste ändringar sparades inte, så inget av deras skrevs över.',
  reload: 'Ladda om vyn',
  saveFailed: 'Inte sparat: {{message}}',
  toolbar: {
    undo: 'Ångra (Ctrl+Z)',
    redo: 'Gör om (Ctrl+Y)',
    layout: 'Automatisk layout (L)',
    layoutSelection: 'Placera de valda',
    layingOut: 'Placerar…',
    alignLeft: 'Justera vänster',
    alignTop: 'Justera uppåt',
    alignCenter: 'Centrera',
    pin: 'Fäst (stannar kvar vid layout)',
    unpin: 'Lossa',
    remove: 'Ta bort från vyn (Delete)',
    deleteFromModel: 'Radera från modellen…',
    legend: 'Teckenförklaring',
    exportSvg: 'Exportera SVG',
    exportPng: 'Exportera PNG',
    note: 'Anteckning',
    group: 'Grupp',
  },
  palette: {
    title: 'Lägg till i vyn',
    search: 'Sök ett element i modellen',
    dragHint: 'Dra till ritytan eller klicka för att lägga till.',
    newElement: 'Nytt element',
    type: 'Typ',
    name: 'Namn',
    create: 'Skapa på ritytan',
    noResults: 'Inga träffar',
  },
  connect: {
    title: 'Koppla {{source}} → {{target}}',
    existing: 'Använd ett befintligt samband',
    create: 'Skapa ett nytt samband',
    none: 'ArchiMate tillåter inget samband från detta element till det andra.',
    notElements: 'Endast element kan kopplas med samband.',
    cancel: 'Avbryt',
  },
  nest: {
    title: '{{child}} inuti {{parent}}',
    intro: 'Inkapsling betyder oftast ett samband. Lägga till ett?',
    skip: 'Bara inkapsla, inget samband',
  },
  remove: {
    title: 'Radera från modellen?',
    body: 'Dessa element raderas från hela modellen med sina samband och försvinner från alla vyer: {{names}}',
    confirm: 'Radera från modellen',
  },
  legend: { title: 'Teckenförklaring', elements: 'Element', relationships: 'Samband' },
  problems: '{{count}} delar av vyn kunde inte ritas.',
  pinned: 'fäst',
};

const DICTIONARIES = { fi, sv, en } as const;
let registered = false;

function register() {
  if (registered) return;
  registered = true;
  for (const [lang, texts] of Object.entries(DICTIONARIES))
    i18next.addResourceBundle(lang, 'translation', { diagram: texts }, true, false);
}

type Leaf<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaf<T[K], `${P}${K}.`>;
}[keyof T & string];
export type DiagramTextKey = Leaf<Texts>;

/** `t` for the diagram editor's own texts, typed by the English dictionary. */
export function useDiagramT(): (key: DiagramTextKey, vars?: Record<string, unknown>) => string {
  register();
  const { t } = useTranslation();
  const untyped = t as unknown as (key: string, vars?: Record<string, unknown>) => string;
  return (key, vars) => untyped(`diagram.${key}`, vars);
}
