"""Checks that each program printed in docs/embedding.md is the file it
names, word for word: a fenced block right after a line
`<!-- file: bindings/examples/... -->`.
Usage: check_doc.py DOC SOURCE_DIR"""
import pathlib
import re
import sys


def main(doc, root):
    text = pathlib.Path(doc).read_text(encoding="utf-8")
    blocks = re.findall(r"<!-- file: (\S+) -->\n```[a-z+]*\n(.*?)```\n", text, re.S)
    if not blocks:
        sys.exit(f"{doc}: no <!-- file: ... --> blocks")
    ok = True
    for name, body in blocks:
        path = pathlib.Path(root) / name
        if not path.exists() or path.read_text(encoding="utf-8") != body:
            print(f"{doc}: the block for {name} differs from the file")
            ok = False
    print(f"{doc}: {len(blocks)} programs checked")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
