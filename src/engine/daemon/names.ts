/**
 * Container names the way moby's `pkg/namesgenerator` makes them: `<adjective>_<surname>`,
 * picked at random, never `boring_wozniak` ("Steve Wozniak is not boring"), retried with a
 * digit suffix on collision. A subset of moby's lists; the pick is seeded so runs repeat.
 */
import type { Rng } from '../format/clock';

const LEFT = `admiring adoring affectionate agitated amazing angry awesome beautiful blissful bold
boring brave busy charming clever compassionate competent condescending confident cool cranky
crazy dazzling determined distracted dreamy eager ecstatic elastic elated elegant eloquent epic
exciting fervent festive flamboyant focused friendly frosty funny gallant gifted goofy gracious
great happy hardcore heuristic hopeful hungry infallible inspiring intelligent interesting jolly
jovial keen kind laughing loving lucid magical modest musing mystifying naughty nervous nice
nifty nostalgic objective optimistic peaceful pedantic pensive practical priceless quirky
quizzical recursing relaxed reverent romantic sad serene sharp silly sleepy stoic strange
stupefied suspicious sweet tender thirsty trusting unruffled upbeat vibrant vigilant vigorous
wizardly wonderful xenodochial youthful zealous zen`.split(/\s+/);

const RIGHT = `albattani allen almeida archimedes ardinghelli babbage banach bardeen bartik bassi
bell benz bhabha bohr booth borg bose boyd brahmagupta brattain brown burnell cannon carson
cartwright chandrasekhar chatelet chaum clarke colden cori cray curie darwin davinci diffie
dijkstra dirac driscoll easley edison einstein elgamal elion engelbart euclid euler faraday
feistel fermat fermi feynman franklin gagarin galileo galois gates gauss germain goldberg
goldstine goldwasser goodall hamilton hawking heisenberg hellman hermann herschel hertz hodgkin
hofstadter hopper hypatia jackson jang jennings jepsen johnson joliot jones kalam kapitsa kare
keller kepler khorana kilby kirch knuth lalande lamarr lamport leakey leavitt lehmann lewin
liskov lovelace lumiere mahavira margulis matsumoto maxwell mayer mccarthy mcclintock mclean
mcnulty meitner mendel merkle mirzakhani montalcini moore morse moser napier nash neumann newton
nightingale nobel noether northcutt noyce panini pascal pasteur payne perlman pike poincare
ptolemy raman ramanujan rhodes ride ritchie robinson roentgen rubin saha sammet sanderson
shamir shannon shaw shirley shockley sinoussi snyder solomon spence stonebraker sutherland
swanson swartz taussig tesla tharp thompson torvalds turing vaughan villani volhard wescoff
wilbur wiles williams wilson wing wozniak wright wu yalow yonath`.split(/\s+/);

/** moby GetRandomName(retry). */
export function randomName(rng: Rng, retry: number): string {
  for (;;) {
    const name = `${rng.pick(LEFT)}_${rng.pick(RIGHT)}`;
    if (name === 'boring_wozniak') continue;
    return retry > 0 ? `${name}${rng.int(0, 9)}` : name;
  }
}

/** A fresh name not in `taken`. */
export function uniqueName(rng: Rng, taken: (name: string) => boolean): string {
  for (let retry = 0; ; retry++) {
    const name = randomName(rng, retry);
    if (!taken(name)) return name;
  }
}
