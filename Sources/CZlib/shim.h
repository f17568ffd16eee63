#include <zlib.h>

/* inflateInit2 is a macro (it passes the library version and the stream's
 * size), which Swift cannot call; this function is that macro for a raw
 * DEFLATE stream (negative window bits: no zlib header), as ZIP stores it. */
static inline int briefing_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}

/* deflateInit2 is a macro too; this is it for a raw DEFLATE stream at `level`,
 * for the parts of a ZIP the tool writes (an HWPX package). */
static inline int briefing_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
