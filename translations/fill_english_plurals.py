#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Fills the English plural forms of opcc-schemes_en.ts from the source texts.

The English catalogue holds only messages with %n. Their source texts mark the plural with
"(s)" ("%n scheme(s)"); this writes "1 scheme" and "%n schemes" forms for each unfinished
message, so that English needs no hand translation. Run after `update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/opcc-schemes_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and all(f.text for f in forms):
        continue
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    for form, text in zip(forms, [singular, plural]):
        form.text = text
    translation.attrib.pop("type", None)
    changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text if text.endswith("\n") else text + "\n")
    f.truncate()
print(f"{path}: filled {changed} plural message(s)")
