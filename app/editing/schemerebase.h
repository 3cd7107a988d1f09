// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "editing/schemerecord.h"

namespace opcc {

// After a save was refused because another copy of the app changed the scheme first: the
// record as it is now (theirs) with the changes this person made to what they had opened
// (original -> mine) applied on top, field by field, figure by figure and, within a figure
// both changed, field by field again (the value with its upper end and qualifier as one). Their
// changes to fields this person did not touch are kept; where both changed a field, this
// person's wins, since they will see the result and save it again. A figure they removed but
// this person changed comes back as a new figure.
SchemeRecord reapplyChanges(
    const SchemeRecord &original, const SchemeRecord &mine, const SchemeRecord &theirs);

} // namespace opcc
