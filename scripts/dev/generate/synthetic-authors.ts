import type { Random } from './random.ts';

/**
 * Of a new paper's authors, the share who wrote an earlier paper. Picked in proportion to their papers, so a few
 * prolific authors recur often and most names appear once, as in the real listings (BENCHMARKS.md has what this gives
 * at archive scale).
 */
export const REPEAT_AUTHOR_SHARE = 0.4;
/** Of a paper's authors, the share the Hub hides: the listing counts them but gives no name. */
export const HIDDEN_AUTHOR_SHARE = 0.03;

// Names of the kinds the daily papers API gives: most in Latin letters (some with accents), a few in Han characters,
// which have no slug of their own.
const GIVEN = [
  'Ali',
  'Peilin',
  'Vahab',
  'Robin',
  'Andreas',
  'Patrick',
  'Björn',
  'Wei',
  'Yi',
  'Jun',
  'Xin',
  'Hao',
  'Yuxuan',
  'Zhihao',
  'Mingyu',
  'Jiaqi',
  'Chen',
  'Lei',
  'Ananya',
  'Rahul',
  'Priya',
  'Arjun',
  'Sanjay',
  'Neha',
  'Maria',
  'José',
  'Lucía',
  'Carlos',
  'Sofía',
  'Mateo',
  'Anna',
  'Jan',
  'Łukasz',
  'Katarzyna',
  'Tomáš',
  'Jonas',
  'Lena',
  'Felix',
  'Emma',
  'Noah',
  'Olivia',
  'Liam',
  'James',
  'Sarah',
  'David',
  'Michael',
  'Emily',
  'Daniel',
  'Hyunwoo',
  'Jiwon',
  'Seungjin',
  'Yuki',
  'Haruto',
  'Sakura',
  'Kenji',
  'Omar',
  'Fatima',
  'Youssef',
  'Leila',
  'Mehmet',
  'Elif',
  'Dmitry',
  'Olga',
  'Ivan',
  'Thanh',
  'Minh',
  'Ngọc',
  'Chiara',
  'Luca',
  'Giulia',
  'Pierre',
  'Camille',
  'Léa',
  'Théo',
] as const;
const FAMILY = [
  'Behrouz',
  'Zhong',
  'Mirrokni',
  'Rombach',
  'Blattmann',
  'Esser',
  'Ommer',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
  'Guo',
  'He',
  'Lin',
  'Gao',
  'Luo',
  'Sharma',
  'Patel',
  'Gupta',
  'Iyer',
  'Reddy',
  'Nair',
  'García',
  'Rodríguez',
  'Martínez',
  'López',
  'Fernández',
  'Nowak',
  'Kowalski',
  'Dvořák',
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Smith',
  'Johnson',
  'Brown',
  'Miller',
  'Davis',
  'Wilson',
  'Taylor',
  'Kim',
  'Park',
  'Choi',
  'Jung',
  'Tanaka',
  'Suzuki',
  'Sato',
  'Watanabe',
  'Haddad',
  'Mansour',
  'Yılmaz',
  'Kaya',
  'Ivanov',
  'Petrov',
  'Smirnova',
  'Nguyễn',
  'Trần',
  'Rossi',
  'Bianchi',
  'Dubois',
  'Moreau',
  'Lefèvre',
] as const;
const HAN_FAMILY = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵'] as const;
const HAN_GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '涛'] as const;

/**
 * Made-up authors for a stream of synthetic papers, from a random source of its own: the pool of names grows as
 * papers need new authors, and earlier authors come back in proportion to how many papers they have.
 */
export class AuthorPool {
  readonly #random: Random;
  /** Every authorship so far, one entry per paper and author: picking from it favours prolific authors. */
  readonly #authorships: string[] = [];
  readonly #names = new Set<string>();

  constructor(random: Random) {
    this.#random = random;
  }

  /** Distinct names handed out so far. */
  get size(): number {
    return this.#names.size;
  }

  /** The names of a new paper's `count` authors, all different, in the paper's order. */
  authorsOf(count: number): string[] {
    const random = this.#random;
    const chosen = new Set<string>();
    while (chosen.size < count) {
      const repeat = this.#authorships.length > 0 && random.chance(REPEAT_AUTHOR_SHARE);
      chosen.add(repeat ? random.pick(this.#authorships) : this.#newName());
    }
    this.#authorships.push(...chosen);
    return [...chosen];
  }

  /** A name nobody in the pool has: given and family name, with a middle initial or two when both are taken. */
  #newName(): string {
    const random = this.#random;
    for (let initials = 0; ; initials = Math.min(initials + 1, 2)) {
      let name: string;
      if (random.chance(0.02)) {
        name = `${random.pick(HAN_FAMILY)}${random.pick(HAN_GIVEN)}${initials > 0 ? random.pick(HAN_GIVEN) : ''}`;
      } else {
        let middle = '';
        for (let index = 0; index < initials; index++) middle += `${String.fromCharCode(65 + random.int(0, 25))}. `;
        name = `${random.pick(GIVEN)} ${middle}${random.pick(FAMILY)}`;
      }
      if (!this.#names.has(name)) {
        this.#names.add(name);
        return name;
      }
    }
  }
}
