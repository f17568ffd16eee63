/*
 * zlib's default compression level, for this process: 3 instead of 6.
 *
 * Cairo compresses every PDF stream (content, font subsets) through
 * deflateInit(&stream, Z_DEFAULT_COMPRESSION) and offers no way to choose
 * the level. This definition of deflateInit_ (what the deflateInit macro
 * calls) is in the executable, so the dynamic linker binds cairo's calls to
 * it before libz's own; it turns Z_DEFAULT_COMPRESSION into level 3 (zlib's
 * fast deflate, the level our PNG encoder also uses) and passes any other
 * level through, then calls libz's deflateInit2_ with zlib's defaults.
 *
 * Measured on 1,000 one-page briefing sheets (scripts/bench-batch): 8.2 s →
 * 7.4-7.7 s of CPU, the PDFs 1% larger (62.6 → 63.2 MB). The PDFs decode the
 * same: this changes how hard zlib searches for matches, not what it writes.
 */
#include <zlib.h>
#include "zlib_default_level.h"

enum { BRIEFING_DEFAULT_LEVEL = 3 };

int deflateInit_(z_streamp strm, int level, const char *version, int stream_size) {
    if (level == Z_DEFAULT_COMPRESSION) level = BRIEFING_DEFAULT_LEVEL;
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}

int briefing_zlib_default_level(void) { return BRIEFING_DEFAULT_LEVEL; }
