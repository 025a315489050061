/**
 * Query parameters from the command line: `--param k=v`. The value is JSON when it parses as JSON
 * (`n=5`, `names=["a","b"]`, `flag=true`, `m={"a":1}`), else the text itself (`name=Tokyo`).
 * Whole numbers become Neo4j integers (so `LIMIT $n` works); other numbers stay floats.
 */
import neo4j, { type Integer } from "neo4j-driver";
import type { PlainValue } from "../model/plain-value.js";
import { Neo4jSetupError } from "./errors.js";

export type QueryParamValue = null | boolean | number | string | Integer | QueryParamValue[] | { [key: string]: QueryParamValue };

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `k=v` → [k, value]; throws a one-line error naming the argument when it has no `=` or a bad name. */
export function parseQueryParam(argument: string): [string, QueryParamValue] {
  const at = argument.indexOf("=");
  if (at <= 0) {
    throw new Neo4jSetupError(`--param '${argument}' is not of the form name=value.`);
  }
  const name = argument.slice(0, at).trim();
  if (!PARAM_NAME.test(name)) {
    throw new Neo4jSetupError(`--param '${argument}': '${name}' is not a parameter name (letters, digits, _).`);
  }
  const text = argument.slice(at + 1);
  let value: PlainValue;
  try {
    value = JSON.parse(text) as PlainValue;
  } catch {
    return [name, text];
  }
  return [name, jsonToParam(value)];
}

/** All `--param` arguments as one parameter map; a name given twice keeps the last value. */
export function parseQueryParams(argumentsList: readonly string[]): { [key: string]: QueryParamValue } {
  const params: { [key: string]: QueryParamValue } = {};
  for (const argument of argumentsList) {
    const [name, value] = parseQueryParam(argument);
    params[name] = value;
  }
  return params;
}

/** A JSON value as a query parameter: whole numbers as Neo4j integers, the rest as it is (the viewer's API sends JSON too). */
export function jsonToParam(value: PlainValue): QueryParamValue {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(jsonToParam);
  const map: { [key: string]: QueryParamValue } = {};
  for (const [key, item] of Object.entries(value)) map[key] = jsonToParam(item);
  return map;
}
