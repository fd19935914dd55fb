/**
 * What each reader (a due-regard rule) read of a JSON document, and which readers a later version of the
 * document would answer differently. A reader sees the document through proxies that note every path it
 * reads and what it found there: a primitive's value, whether an object or an array stood there, an
 * object's keys (an array's length). Values are noted by value, never by object identity, so a copy of
 * the document, or one changed in place, is judged by what it holds. A reader that is a function of what
 * it read gives the same answer whenever every note still holds (see digest/incremental-checks.ts).
 */

type Seen = string | number | boolean | bigint | symbol | null | undefined;

/** One thing readers saw at a path, and who saw it. */
interface Note {
  seen: Seen;
  /** Few: a handful of rules read any one path. */
  readers: number[];
}

interface ReadNode {
  /** What the value at this path is: a primitive, or which kind of container. */
  value: Note | undefined;
  /** Its own keys (an array's length). */
  keys: Note | undefined;
  children: Map<string, ReadNode> | undefined;
  /** The proxy of this path in the current round (the document it reads is that round's). */
  proxy: object | undefined;
  round: number;
}

/**
 * Every node made with all its fields, in one order: nodes of one shape keep the comparison of a
 * version (hundreds of nodes a save) to plain field loads, a quarter of the digest's time when they
 * differed.
 */
const newNode = (): ReadNode => ({
  value: undefined,
  keys: undefined,
  children: undefined,
  proxy: undefined,
  round: -1,
});

const anObject = Symbol('an object');
const anArray = Symbol('an array');
/** A key an object does not have but inherits (`constructor`): not data, but noted so data cannot shadow it. */
const inherited = Symbol('inherited');
/** The document a proxy reads, for handing a value back without its proxy. */
const unwrapped = Symbol('the value read');
/** Where a proxy's stand-in target keeps what it reads. */
const reads = Symbol('reads');
type Stand = { [reads]: { real: object; node: ReadNode } };

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

function seenAs(value: unknown): Seen {
  if (!isContainer(value)) return value as Seen;
  return Array.isArray(value) ? anArray : anObject;
}

function keysOf(value: unknown): Seen {
  if (!isContainer(value)) return undefined;
  if (Array.isArray(value)) return value.length;
  // Each key after its length and a colon: no list of keys reads as another (`{}` and `{ '': 1 }` too).
  let text = '';
  for (const key of Object.keys(value)) text += `${key.length}:${key}`;
  return text;
}

/**
 * Whether `keysOf(value)` would be `seen`, without making the keys' list and text to compare: a version
 * is compared at every save, and those were most of what the comparison allocated.
 */
function sameKeys(seen: Seen, value: unknown): boolean {
  if (typeof seen !== 'string') return Object.is(seen, keysOf(value));
  if (!isContainer(value) || Array.isArray(value)) return false;
  let at = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    let length = 0;
    let end = at;
    for (; end < seen.length && seen.charCodeAt(end) !== colonCode; end++)
      length = length * 10 + seen.charCodeAt(end) - zeroCode;
    if (end === seen.length || length !== key.length || !seen.startsWith(key, end + 1)) return false;
    at = end + 1 + key.length;
  }
  return at === seen.length;
}

const colonCode = ':'.charCodeAt(0);
const zeroCode = '0'.charCodeAt(0);

const isIndex = (key: string) => String(Number(key) >>> 0) === key;

/**
 * What a read of `key` finds in `parent`: its own value, `inherited`, or undefined. Arrays hold only
 * indices and their length, so any other key an array is asked for (a method) is never data and
 * `ignored` says so.
 */
function childOf(parent: unknown, key: string): unknown {
  if (!isContainer(parent)) return undefined;
  if (Object.hasOwn(parent, key)) return (parent as Record<string, unknown>)[key];
  if (Array.isArray(parent)) return isIndex(key) ? undefined : ignored;
  return key in parent ? inherited : undefined;
}
const ignored = Symbol('not data');
/** Where a node has no note of one kind (no value read can be this). */
const unnoted = Symbol('no note');

/** `childOf`, with an array's index as a number (as the flattened tree keeps it): read as an element. */
function childAt(parent: unknown, key: string | number): unknown {
  if (typeof key === 'string') return childOf(parent, key);
  if (Array.isArray(parent)) return key < parent.length ? parent[key] : undefined;
  return childOf(parent, String(key));
}

export interface ReadRecorder {
  /**
   * Starts a round on this version of the document: every note is compared with it, and the readers
   * whose notes no longer hold are returned (their notes are dropped).
   */
  changedReaders(document: unknown): Set<number>;
  /** Runs `read` as reader `reader` on the round's document, noting what it reads (afresh). */
  record<T>(reader: number, read: (document: unknown) => T): T;
}

export function createReadRecorder(): ReadRecorder {
  const root = newNode();
  const notesOf = new Map<number, Note[]>();
  let document: unknown;
  let round = 0;
  let reader: number | undefined;

  const note = (node: ReadNode, part: 'value' | 'keys', seen: Seen) => {
    if (reader === undefined) return;
    let found = node[part];
    if (!found) {
      found = { seen, readers: [] };
      node[part] = found;
      flat = undefined;
    }
    if (found.readers.includes(reader)) return;
    found.readers.push(reader);
    notesOf.get(reader)?.push(found);
  };

  const childNode = (node: ReadNode, key: string): ReadNode => {
    node.children ??= new Map();
    let child = node.children.get(key);
    if (!child) {
      child = newNode();
      node.children.set(key, child);
    }
    return child;
  };

  /** The value a reader gets for what it read at `node`: containers through their proxy. */
  const handOut = (value: unknown, node: ReadNode): unknown =>
    isContainer(value) ? proxyOf(value, node) : value;

  const readChild = (real: object, node: ReadNode, key: string | symbol): unknown => {
    if (typeof key === 'symbol') return key === unwrapped ? real : Reflect.get(real, key);
    const found = childOf(real, key);
    if (found === ignored || found === inherited) {
      if (found === inherited) note(childNode(node, key), 'value', inherited);
      return Reflect.get(real, key);
    }
    const child = childNode(node, key);
    note(child, 'value', seenAs(found));
    return handOut(found, child);
  };

  /** One handler for every proxy: each proxy's stand-in target carries what it reads. */
  const handler: ProxyHandler<Stand> = {
    get: (target, key) => readChild(target[reads].real, target[reads].node, key),
    has(target, key) {
      const { real, node } = target[reads];
      note(node, 'keys', keysOf(real));
      return Reflect.has(real, key);
    },
    ownKeys(target) {
      const { real, node } = target[reads];
      note(node, 'keys', keysOf(real));
      return Reflect.ownKeys(real);
    },
    getOwnPropertyDescriptor(target, key) {
      const { real, node } = target[reads];
      note(node, 'keys', keysOf(real));
      const own = Reflect.getOwnPropertyDescriptor(real, key);
      if (!own) return undefined;
      const value = readChild(real, node, key);
      // The stand-in is empty (a frozen document's properties could not be handed out as proxies
      // otherwise): only an array's length is the stand-in's own, and must be told as its own is.
      if (Array.isArray(real) && key === 'length') {
        return { value, writable: true, enumerable: false, configurable: false };
      }
      return { value, writable: false, enumerable: own.enumerable ?? true, configurable: true };
    },
    getPrototypeOf: (target) => Reflect.getPrototypeOf(target[reads].real),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    setPrototypeOf: () => false,
  };

  function proxyOf(real: object, node: ReadNode): object {
    if (node.round === round && node.proxy) return node.proxy;
    const target = (Array.isArray(real) ? [] : {}) as Stand;
    // Configurable, so the proxy need not list it among its keys.
    Object.defineProperty(target, reads, { value: { real, node }, configurable: true });
    const proxy = new Proxy(target, handler);
    node.proxy = proxy;
    node.round = round;
    return proxy;
  }

  /**
   * The tree in depth-first order (each node after its parent), so a version is compared in one pass
   * over arrays rather than a walk of maps; made again only after the tree changed, and then without
   * the notes no reader holds any more.
   */
  let flat:
    | {
        nodes: ReadNode[];
        parents: number[];
        /** Each node's key in its parent, an index as a number. */
        keys: (string | number)[];
        /** Each node's value in the version being compared: kept, not made anew each round. */
        values: unknown[];
        /**
         * What each node's notes saw (`unnoted` where it has none), side by side: a version is compared
         * without going through each node to its notes (a note's `seen` never changes; a note that goes
         * or comes makes the tree again).
         */
        seenValues: unknown[];
        seenKeys: unknown[];
      }
    | undefined;

  const flatten = () => {
    const nodes: ReadNode[] = [];
    const parents: number[] = [];
    const keys: string[] = [];
    const visit = (node: ReadNode, parent: number, key: string) => {
      if (node.value?.readers.length === 0) node.value = undefined;
      if (node.keys?.readers.length === 0) node.keys = undefined;
      const index = nodes.push(node) - 1;
      parents.push(parent);
      keys.push(key);
      node.children?.forEach((child, childKey) => {
        visit(child, index, childKey);
      });
      // A node that holds no note and leads to none is read by no one: it goes.
      if (!node.value && !node.keys && index === nodes.length - 1 && parent >= 0) {
        nodes.pop();
        parents.pop();
        keys.pop();
        nodes[parent]?.children?.delete(key);
      }
    };
    visit(root, -1, '');
    const indexed = keys.map((key) => (isIndex(key) ? Number(key) : key));
    const seenValues = nodes.map((node) => (node.value ? node.value.seen : unnoted));
    const seenKeys = nodes.map((node) => (node.keys ? node.keys.seen : unnoted));
    return { nodes, parents, keys: indexed, values: new Array(nodes.length), seenValues, seenKeys };
  };

  /** A note that no longer holds: its readers are told, and it goes with them. */
  const drop = (node: ReadNode, part: 'value' | 'keys', changed: Set<number>) => {
    for (const stale of node[part]?.readers ?? []) changed.add(stale);
    node[part] = undefined;
    flat = undefined;
  };

  return {
    changedReaders(next) {
      const changed = new Set<number>();
      flat ??= flatten();
      const { nodes, parents, keys, values, seenValues, seenKeys } = flat;
      for (let index = 0; index < nodes.length; index++) {
        const value =
          index === 0 ? next : childAt(values[parents[index] as number], keys[index] as string | number);
        values[index] = value;
        const seenValue = seenValues[index];
        if (seenValue !== unnoted && !Object.is(seenValue, seenAs(value)))
          drop(nodes[index] as ReadNode, 'value', changed);
        const seenKey = seenKeys[index];
        if (seenKey !== unnoted && !sameKeys(seenKey as Seen, value))
          drop(nodes[index] as ReadNode, 'keys', changed);
      }
      for (const stale of changed) forget(stale);
      document = next;
      round++;
      return changed;
    },
    record(index, read) {
      forget(index);
      notesOf.set(index, []);
      reader = index;
      try {
        return read(handOut(document, root));
      } finally {
        reader = undefined;
      }
    },
  };

  /** A reader read again notes afresh: its earlier notes no longer count for it. */
  function forget(index: number) {
    for (const found of notesOf.get(index) ?? []) {
      const at = found.readers.indexOf(index);
      if (at >= 0) found.readers.splice(at, 1);
    }
    notesOf.delete(index);
  }
}

/** The value a reader handed back, with every proxy in it replaced by what it read. */
export function plainValue<T>(value: T): T {
  if (!isContainer(value)) return value;
  const real = (value as { [unwrapped]?: object })[unwrapped];
  if (real) return real as T;
  if (Array.isArray(value)) return value.map(plainValue) as T;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plainValue(inner)])) as T;
}
