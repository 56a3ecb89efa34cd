"""Independent oracle for the canonical form: SymPy expands, cancels and differentiates.

Reads a JSON list of cases {"expr", "ours", "variables", "derivatives"} on stdin, where
"ours" and "derivatives" are the checker's canonical results in its text syntax. Writes a
JSON list of {"canonical", "derivatives", "agrees"}: SymPy's own results in the same syntax,
and whether SymPy finds each of ours equal to its own (cancel(ours - theirs) == 0).
"""
import json
import re
import sys

import sympy

INDEXED = re.compile(r"([A-Za-z][A-Za-z0-9_]*)\[(\d+(?:,\d+)*)\]")
MANGLED = re.compile(r"([A-Za-z][A-Za-z0-9]*?)__(\d+(?:_\d+)*)__")


def to_sympy(text):
    """Parse the checker's text syntax: u[1] becomes the symbol u__1__, ^ becomes **."""
    text = INDEXED.sub(lambda m: f"{m.group(1)}__{m.group(2).replace(',', '_')}__", text)
    return sympy.sympify(text.replace("^", "**"), rational=True)


def from_sympy(expr):
    text = sympy.sstr(expr, order="lex").replace("**", "^")
    return MANGLED.sub(lambda m: f"{m.group(1)}[{m.group(2).replace('_', ',')}]", text)


def canonical(expr):
    return sympy.cancel(sympy.expand(expr))


def main():
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        e = to_sympy(case["expr"])
        theirs = canonical(e)
        agrees = sympy.cancel(to_sympy(case["ours"]) - theirs) == 0
        derivatives = {}
        for v in case["variables"]:
            d = canonical(sympy.diff(e, to_sympy(v)))
            derivatives[v] = from_sympy(d)
            agrees = agrees and sympy.cancel(to_sympy(case["derivatives"][v]) - d) == 0
        out.append({"canonical": from_sympy(theirs), "derivatives": derivatives,
                    "agrees": bool(agrees)})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
