#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs the program for help2man, with its usage block in the GNU form help2man reads into the
# manual page's SYNOPSIS ("Usage: CMD ..." then "  or:  CMD ..."): one line per form, the
# indented continuation lines joined on, the words after a wide gap ("start the window") left out.
#   manpage-help.sh PROGRAM --help|--version
set -euo pipefail
"$@" | awk '
    NR == 1 && /^Usage:$/ { usage = 1; next }
    usage && /^$/ { if (form != "") print form; usage = 0; print; next }
    usage {
        line = $0
        sub(/^ +/, "", line)
        sub(/   +[a-z][a-z ]*$/, "", line)
        if (line ~ /^opcc-schemes/) {
            if (form != "") print form
            form = (forms++ == 0 ? "Usage: " : "  or:  ") line
        } else {
            form = form " " line
        }
        next
    }
    { print }
'
