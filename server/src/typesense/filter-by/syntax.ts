/**
 * Typesense's filter_by text as a syntax tree, before any field is looked up:
 * clauses `field:<operator><values>` joined by `&&` (binding tighter) and `||`,
 * parentheses, and `activities.{...}` for conditions one activity must meet together.
 *
 * Values are bare (trimmed) or in backticks. Typesense splits on `&&`, `||` and
 * parentheses before it reads a value and honours no escape inside backticks
 * there, so a value cannot contain a backtick: such a filter is refused.
 */
import { invalidParameter } from '../../errors.js';

export const MAX_FILTER_LENGTH = 2000;
export const MAX_FILTER_DEPTH = 8;

export type Operator = ':' | ':=' | ':!=' | ':>' | ':>=' | ':<' | ':<=';

/** One value as written: `quoted` when it came in backticks (never a number then). */
export interface Literal {
  text: string;
  quoted: boolean;
}

export interface Clause {
  field: string;
  operator: Operator;
  /** `[a, b]` lists, `(lat, lng, ...)` geo areas, or one value. */
  shape: 'value' | 'list' | 'geo';
  values: Literal[];
  /** 0-based character offset of the field name, for messages. */
  position: number;
}

export type Expression =
  | { type: 'and' | 'or'; operands: Expression[] }
  | { type: 'clause'; clause: Clause }
  | { type: 'activities'; clauses: Clause[]; position: number };

export function filterByError(message: string, code: 'invalid_parameter' | 'limit_exceeded' = 'invalid_parameter') {
  return invalidParameter('filter_by', `filter_by: ${message}`, code);
}

/** `maxLength`: the gateway's limit by default; a reader of the engine's own filters (no client wrote them) may lift it. */
export function parseSyntax(text: string, maxLength = MAX_FILTER_LENGTH): Expression {
  if (text.length > maxLength) {
    throw filterByError(`At most ${maxLength} characters.`, 'limit_exceeded');
  }
  const reader = new Reader(text);
  const expression = reader.expression(0, false);
  reader.skipSpaces();
  if (!reader.atEnd()) throw reader.error(`Unexpected "${reader.peek()}"`);
  return expression;
}

const FIELD_NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATORS: Operator[] = [':!=', ':>=', ':<=', ':=', ':>', ':<', ':'];

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }
  peek(): string {
    return this.text[this.at] ?? '';
  }
  error(message: string) {
    return filterByError(`${message} at character ${this.at + 1}.`);
  }
  skipSpaces(): void {
    while (/\s/.test(this.peek()) && !this.atEnd()) this.at++;
  }
  private take(token: string): boolean {
    this.skipSpaces();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  /** `||` of `&&` chains; `inActivities` limits it to one `&&` chain of clauses. */
  expression(depth: number, inActivities: boolean): Expression {
    const alternatives: Expression[] = [];
    do {
      const operands: Expression[] = [];
      do operands.push(this.primary(depth, inActivities));
      while (this.take('&&'));
      alternatives.push(operands.length === 1 ? operands[0]! : { type: 'and', operands });
      this.skipSpaces();
      if (inActivities && this.text.startsWith('||', this.at)) throw this.error('Only && may join the conditions of activities.{...}');
    } while (this.take('||'));
    return alternatives.length === 1 ? alternatives[0]! : { type: 'or', operands: alternatives };
  }

  private primary(depth: number, inActivities: boolean): Expression {
    this.skipSpaces();
    if (this.peek() === '(') {
      if (inActivities) throw this.error('Parentheses are not allowed inside activities.{...}');
      if (depth >= MAX_FILTER_DEPTH) throw filterByError(`At most ${MAX_FILTER_DEPTH} levels of parentheses.`, 'limit_exceeded');
      this.at++;
      const inner = this.expression(depth + 1, false);
      if (!this.take(')')) throw this.error('Expected ")"');
      return inner;
    }
    const position = this.at;
    const field = this.fieldName();
    if (field === 'activities' && !inActivities && this.text.startsWith('.{', this.at)) {
      this.at += 2;
      const inner = this.expression(depth + 1, true);
      if (!this.take('}')) throw this.error('Expected "}"');
      const clauses = (inner.type === 'and' ? inner.operands : [inner]).map((operand) => (operand as { clause: Clause }).clause);
      return { type: 'activities', clauses, position };
    }
    return { type: 'clause', clause: this.clause(field, position, inActivities) };
  }

  private fieldName(): string {
    FIELD_NAME.lastIndex = this.at;
    const match = FIELD_NAME.exec(this.text);
    if (!match) throw this.error('Expected a field name');
    this.at = FIELD_NAME.lastIndex;
    return match[0];
  }

  private clause(field: string, position: number, inActivities: boolean): Clause {
    this.skipSpaces();
    let operator = OPERATORS.find((candidate) => this.text.startsWith(candidate, this.at));
    if (!operator) throw this.error(`Expected ":" after the field name "${field}"`);
    this.at += operator.length;
    // `field:![a, b]` is Typesense's spelling of "none of".
    if (operator === ':' && this.peek() === '!') {
      this.at++;
      operator = ':!=';
    }
    this.skipSpaces();
    if (this.peek() === '[') {
      this.at++;
      return { field, operator, shape: 'list', values: this.items(']'), position };
    }
    if (this.peek() === '(') {
      this.at++;
      return { field, operator, shape: 'geo', values: this.items(')'), position };
    }
    return { field, operator, shape: 'value', values: [this.value(inActivities ? ['&&', '||', '}'] : ['&&', '||', ')'])], position };
  }

  /** Comma-separated values up to `close`. */
  private items(close: string): Literal[] {
    const items: Literal[] = [];
    do items.push(this.value([',', close]));
    while (this.take(','));
    if (!this.take(close)) throw this.error(`Expected "${close}"`);
    return items;
  }

  /** A backtick literal, or bare text up to one of `stops` (trimmed, never empty). */
  private value(stops: string[]): Literal {
    this.skipSpaces();
    if (this.peek() === '`') {
      const end = this.text.indexOf('`', this.at + 1);
      if (end < 0) throw this.error('Unclosed backtick');
      const text = this.text.slice(this.at + 1, end);
      this.at = end + 1;
      this.skipSpaces();
      if (!this.atEnd() && !stops.some((stop) => this.text.startsWith(stop, this.at))) {
        if (text.endsWith('\\')) throw this.error('A backtick cannot appear inside a backtick-quoted value (Typesense has no escape for it)');
        throw this.error('Unexpected text after a backtick-quoted value');
      }
      return { text, quoted: true };
    }
    const start = this.at;
    while (!this.atEnd() && !stops.some((stop) => this.text.startsWith(stop, this.at))) {
      if ('`()[]{}'.includes(this.peek())) throw this.error(`"${this.peek()}" in a value: quote the value in backticks`);
      this.at++;
    }
    const text = this.text.slice(start, this.at).trim();
    if (!text) throw this.error('Expected a value');
    return { text, quoted: false };
  }
}
