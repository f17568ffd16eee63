#include <zlib.h>

/* inflateInit2 is a macro (it passes the library version and the stream's
 * size), which Swift cannot call; this function is that macro for a raw
 * DEFLATE stream (negative window bits: no zlib header), as ZIP stores it. */
static inline int briefing_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
