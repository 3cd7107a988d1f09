// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/schemesearch.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace opcc {

QString schemeSearchText(const QString &name, const QString &areaKey, const QStringList &providers,
    const QString &summary)
{
    return (name + QLatin1Char('\n') + areaKey + QLatin1Char('\n')
        + providers.join(QLatin1Char('\n')) + QLatin1Char('\n') + summary)
        .toCaseFolded();
}

QStringList searchWords(const QString &text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesSearch(const QString &searchText, const QStringList &words)
{
    for (const QString &word : words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

bool containsBytes(QByteArrayView text, QByteArrayView word)
{
    const char *haystack = text.data();
    const qsizetype size = text.size();
    const qsizetype length = word.size();
    if (length == 0)
        return true;
    if (length > size)
        return false;
    if (length == 1)
        return std::memchr(haystack, word.front(), size_t(size)) != nullptr;
    qsizetype at = 0;
#if defined(__SSE2__)
    // Sixteen places at a time: those where both the word's first and last bytes are found (a
    // pair far rarer in text than its first byte alone, where a search by the first byte stops),
    // then the bytes between compared.
    const __m128i first = _mm_set1_epi8(word.front());
    const __m128i last = _mm_set1_epi8(word.back());
    for (; at + length - 1 + 16 <= size; at += 16) {
        const __m128i heads = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + at));
        const __m128i tails
            = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + at + length - 1));
        auto found = unsigned(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpeq_epi8(heads, first), _mm_cmpeq_epi8(tails, last))));
        while (found != 0) {
            const int place = __builtin_ctz(found);
            if (std::memcmp(haystack + at + place + 1, word.data() + 1, size_t(length - 2)) == 0)
                return true;
            found &= found - 1;
        }
    }
#endif
    // The rest (or all, without SSE2): the C library's search.
    return at + length <= size
        && memmem(haystack + at, size_t(size - at), word.data(), size_t(length)) != nullptr;
}

} // namespace opcc
