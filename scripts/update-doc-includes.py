#!/usr/bin/env python3
"""Refreshes every `<!-- include: path -->` block in the Markdown files from the file it names,
so the code shown in the docs is the code that compiles (DocumentationTests checks they match)."""
import pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
pattern = re.compile(r'(<!-- include: (?P<path>[^ ]+) -->\n```[a-z]*\n)(?P<body>.*?)(```)', re.S)
for md in list(root.glob('*.md')) + list(root.glob('docs/*.md')) + list(root.glob('src/*/README.md')) + list(root.glob('samples/**/*.md')):
    text = md.read_text()
    new = pattern.sub(lambda m: m.group(1) + (root / m.group('path')).read_text() + m.group(4), text)
    if new != text:
        md.write_text(new)
        print(f'updated {md.relative_to(root)}')
