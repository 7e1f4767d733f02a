/**
 * A small expander for VS Code's snippet syntax, so that unit tests can turn a snippet body into
 * the text a writer gets, without VS Code. It follows the grammar of VS Code's snippetParser:
 *
 *   tabstop     $1  ${1}
 *   placeholder ${1:default}        (the default may nest tabstops, placeholders and variables)
 *   choice      ${1|one,two|}       (\, \| \\ escape inside a choice)
 *   variable    $NAME  ${NAME}  ${NAME:default}
 *   final       $0
 *   escapes     \$ \} \\            (any other backslash is literal text, as in VS Code)
 *
 * A tabstop index used several times mirrors one value (the first occurrence that has a default or
 * choices gives it), as VS Code does. Transforms (${1/re/fmt/}) are not used by Gongwen's snippets
 * and are rejected, so a snippet that needs them cannot pass the tests unnoticed.
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.nodes(false);
    if (this.pos < this.src.length) throw new SnippetSyntaxError(`unexpected "${this.src[this.pos]}" at ${this.pos}`);
    return nodes;
  }

  /** Nodes up to the end, or up to an unescaped `}` when inside a placeholder (not consumed). */
  private nodes(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] as string;
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += c;
          this.pos += 1;
        }
      } else if (c === '}' && nested) {
        break;
      } else if (c === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          out.push(node);
        } else {
          text += '$';
          this.pos += 1;
        }
      } else {
        text += c;
        this.pos += 1;
      }
    }
    flush();
    return out;
  }

  /** A construct starting at `$`, or undefined (and nothing consumed) when `$` is literal. */
  private dollar(): SnippetNode | undefined {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'tabstop', index: Number(m[1]), children: [] };
    }
    m = /^\$([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { kind: 'variable', name: m[1] as string };
    }
    m = /^\$\{(\d+)([:|}/]?)/.exec(rest);
    if (m) {
      const index = Number(m[1]);
      const kind = m[2];
      if (kind === '') return undefined;
      const start = this.pos;
      this.pos += m[0].length;
      if (kind === '}') return { kind: 'tabstop', index, children: [] };
      if (kind === '/') throw new SnippetSyntaxError(`transforms are not supported (at ${start})`);
      if (kind === '|') {
        const choices = this.choices();
        if (choices) return { kind: 'tabstop', index, children: [{ kind: 'text', value: choices[0] as string }], choices };
        this.pos = start;
        return undefined;
      }
      const children = this.nodes(true);
      if (this.src[this.pos] !== '}') {
        this.pos = start;
        return undefined;
      }
      this.pos += 1;
      return { kind: 'tabstop', index, children };
    }
    m = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)([:}/]?)/.exec(rest);
    if (m) {
      const name = m[1] as string;
      const kind = m[2];
      if (kind === '') return undefined;
      const start = this.pos;
      this.pos += m[0].length;
      if (kind === '}') return { kind: 'variable', name };
      if (kind === '/') throw new SnippetSyntaxError(`transforms are not supported (at ${start})`);
      const children = this.nodes(true);
      if (this.src[this.pos] !== '}') {
        this.pos = start;
        return undefined;
      }
      this.pos += 1;
      return { kind: 'variable', name, children };
    }
    return undefined;
  }

  /** `a,b,c|}` after `${n|`; undefined when malformed (then the whole thing is text). */
  private choices(): string[] | undefined {
    const choices: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos] as string;
      if (c === '\\' && /[,|\\$}]/.test(this.src[this.pos + 1] ?? '')) {
        current += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === ',') {
        choices.push(current);
        current = '';
        this.pos += 1;
      } else if (c === '|' && this.src[this.pos + 1] === '}') {
        choices.push(current);
        this.pos += 2;
        return choices;
      } else {
        current += c;
        this.pos += 1;
      }
    }
    return undefined;
  }
}

export function parseSnippet(body: string): SnippetNode[] {
  return new Parser(body).parse();
}

/** A snippet body as in a .code-snippets file: a string or an array of lines. */
export function bodyText(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

export interface Slot {
  index: number;
  /** The text VS Code selects at this tabstop when the writer skips it. */
  defaultText: string;
  choices?: string[];
  /** Offsets of this occurrence in the expanded text. */
  start: number;
  end: number;
}

export interface ExpandOptions {
  /**
   * The text that ends up at a tabstop. Receives the slot's default text (already expanded) and
   * its choices. Default: keep the default (what a writer who presses Tab through gets).
   */
  fill?: (slot: { index: number; defaultText: string; choices?: string[] }) => string;
  /** Values of snippet variables; an unknown variable is an error. */
  variables?: Record<string, string>;
}

export interface Expansion {
  text: string;
  slots: Slot[];
}

/** Variables with the values VS Code would give them on 2026-01-05 (zero-padded, as VS Code does). */
export const TEST_VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_YEAR_SHORT: '26',
  CURRENT_MONTH: '01',
  CURRENT_DATE: '05',
  TM_SELECTED_TEXT: '',
  TM_CURRENT_LINE: '',
  TM_FILENAME: 'untitled.txt',
};

export function expandSnippet(body: string | readonly string[], options: ExpandOptions = {}): Expansion {
  const nodes = parseSnippet(bodyText(body));
  const variables = options.variables ?? TEST_VARIABLES;
  const values = new Map<number, string>();
  const slots: Slot[] = [];

  // First pass: the value of each tabstop index (first occurrence with a default or choices wins).
  const defining = new Map<number, Extract<SnippetNode, { kind: 'tabstop' }>>();
  const visit = (list: readonly SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop') {
        const known = defining.get(n.index);
        if (!known || (known.children.length === 0 && !known.choices && (n.children.length > 0 || n.choices))) defining.set(n.index, n);
        visit(n.children);
      } else if (n.kind === 'variable' && n.children) visit(n.children);
    }
  };
  visit(nodes);

  const render = (list: readonly SnippetNode[], offset: number): string => {
    let out = '';
    for (const n of list) {
      if (n.kind === 'text') out += n.value;
      else if (n.kind === 'variable') {
        const value = variables[n.name];
        if (value !== undefined) out += value;
        else if (n.children) out += render(n.children, offset + out.length);
        else throw new SnippetSyntaxError(`unknown variable $${n.name}`);
      } else {
        let value = values.get(n.index);
        const def = defining.get(n.index) ?? n;
        const defaultText = renderDefault(def);
        if (value === undefined) {
          value = options.fill ? options.fill({ index: n.index, defaultText, ...(def.choices ? { choices: def.choices } : {}) }) : defaultText;
          values.set(n.index, value);
        }
        const start = offset + out.length;
        slots.push({ index: n.index, defaultText, ...(def.choices ? { choices: def.choices } : {}), start, end: start + value.length });
        out += value;
      }
    }
    return out;
  };
  // Defaults are rendered without recording slots (nested tabstops inside a default are recorded
  // when the default itself is used as the value, in the main render).
  const renderDefault = (n: Extract<SnippetNode, { kind: 'tabstop' }>): string => {
    const saved = slots.length;
    const text = render(n.children, 0);
    slots.length = saved;
    return text;
  };

  const text = render(nodes, 0);
  slots.sort((a, b) => a.start - b.start || a.index - b.index);
  return { text, slots };
}
