#!/usr/bin/env python3
"""Writes the application of docs/getting-started.md (sections 1-4) into a folder, from the page's own blocks.

Usage: getting_started_app.py DOC APP_DIR

Creates APP_DIR/pom.xml, src/main/resources/application.properties and the two Java classes of the WebMvc
walk-through (DemoApplication, AskController), and prints the page's shell commands as JSON lines
{"section": ..., "command": ..., "comment": ...} for scripts/check-getting-started.sh to run. The Java blocks get
`package com.example;` and the imports the page lists (an IDE adds those for the user); nothing else is added.
"""
import json
import pathlib
import re
import sys

BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def imports(text):
    """The imports of the page's '(Imports: ...)' line: `a.b.C`, `a.b.*`, `a.b.{C, D}`."""
    found = []
    match = re.search(r"\(Imports: (.*?)\.\)", text, re.S)
    if not match:
        return found
    for item in re.findall(r"`([^`]+)`", match.group(1)):
        braces = re.fullmatch(r"(.*)\.\{(.*)\}", item)
        if braces:
            found += [braces.group(1) + "." + name.strip() for name in braces.group(2).split(",")]
        else:
            found.append(item)
    return found


def main():
    doc = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
    app = pathlib.Path(sys.argv[2])
    # sections 1-4: everything before "## Where the binary is looked up"
    walk = doc.split("## Where the binary is looked up")[0]
    blocks = [(m.group(1), m.group(2), m.start()) for m in BLOCK.finditer(walk)]
    xml = [b for b in blocks if b[0] == "xml"]
    props = [b for b in blocks if b[0] == "properties"]
    java = [b for b in blocks if b[0] == "java"]
    if len(xml) != 1 or len(props) != 1 or len(java) != 2:
        sys.exit("getting-started.md: expected 1 xml, 1 properties and 2 java blocks in sections 1-4, found "
                 f"{len(xml)}, {len(props)}, {len(java)}")
    app.mkdir(parents=True, exist_ok=True)
    (app / "pom.xml").write_text(xml[0][1], encoding="utf-8")
    resources = app / "src/main/resources"
    resources.mkdir(parents=True, exist_ok=True)
    (resources / "application.properties").write_text(props[0][1], encoding="utf-8")
    sources = app / "src/main/java/com/example"
    sources.mkdir(parents=True, exist_ok=True)
    listed = imports(walk)
    for kind, body, start in java:
        name = re.search(r"class (\w+)", body).group(1)
        header = "package com.example;\n\n"
        if name == "DemoApplication":
            # the one class the page shows without an imports line: Spring Boot's two well-known names
            header += ("import org.springframework.boot.SpringApplication;\n"
                       "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n")
        else:
            header += "".join(f"import {i};\n" for i in listed) + "\n"
        (sources / f"{name}.java").write_text(header + body, encoding="utf-8")
    for kind, body, start in blocks:
        if kind != "bash":
            continue
        section = re.findall(r"^## (.*)$", walk[:start], re.M)[-1]
        for line in body.splitlines():
            if not line.strip():
                continue
            command, _, comment = line.partition("#")
            print(json.dumps({"section": section, "command": command.strip(), "comment": comment.strip()}))


if __name__ == "__main__":
    main()
