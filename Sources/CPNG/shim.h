#include <png.h>
#include <zlib.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

/* libpng reports errors by longjmp, which Swift cannot catch; this one
 * function holds the setjmp so that an error becomes a return code and a
 * message. The pixels (already un-premultiplied, RGB or RGBA rows) and all
 * choices come from Swift; the encoded bytes go to a growing buffer the
 * caller frees with briefing_png_free. */

typedef struct {
    unsigned char *data;
    size_t length;
    size_t capacity;
    int failed;
    char message[256];
} briefing_png_buffer;

static void briefing_png_write_data(png_structp png, png_bytep bytes, size_t length) {
    briefing_png_buffer *out = (briefing_png_buffer *)png_get_io_ptr(png);
    if (out->failed) return;
    if (out->length + length > out->capacity) {
        size_t capacity = out->capacity ? out->capacity : 65536;
        while (capacity < out->length + length) capacity *= 2;
        unsigned char *grown = (unsigned char *)realloc(out->data, capacity);
        if (!grown) { out->failed = 1; png_error(png, "out of memory"); }
        out->data = grown;
        out->capacity = capacity;
    }
    memcpy(out->data + out->length, bytes, length);
    out->length += length;
}

static void briefing_png_flush(png_structp png) { (void)png; }

static void briefing_png_error(png_structp png, png_const_charp message) {
    briefing_png_buffer *out = (briefing_png_buffer *)png_get_error_ptr(png);
    strncpy(out->message, message ? message : "unknown error", sizeof(out->message) - 1);
    out->message[sizeof(out->message) - 1] = 0;
    out->failed = 1;
    png_longjmp(png, 1);
}

static void briefing_png_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

/* Input rows are cairo's opaque ARGB32 words as little-endian bytes B,G,R,X:
 * libpng swaps to RGB and drops X while it writes (no copy on our side). */
#define BRIEFING_PNG_INPUT_BGRX 1

/* Encodes `height` rows of `width` pixels (3 or 4 bytes each, per
 * `color_type` PNG_COLOR_TYPE_RGB / _RGB_ALPHA; 4 bytes B,G,R,X with
 * BRIEFING_PNG_INPUT_BGRX in `input`). Returns 0 on success. */
static inline int briefing_png_encode(const unsigned char *const *rows, unsigned width, unsigned height,
                                      int color_type, int input, int zlib_level, int zlib_strategy, int filters,
                                      int zlib_mem_level, unsigned pixels_per_meter, briefing_png_buffer *out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, out, briefing_png_error, briefing_png_warning);
    if (!png) { strcpy(out->message, "cannot create the PNG writer"); return 1; }
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_write_struct(&png, NULL); strcpy(out->message, "cannot create the PNG info"); return 1; }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return 1;
    }
    png_set_write_fn(png, out, briefing_png_write_data, briefing_png_flush);
    png_set_compression_level(png, zlib_level);
    png_set_compression_strategy(png, zlib_strategy);
    png_set_compression_mem_level(png, zlib_mem_level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, filters);
    png_set_IHDR(png, info, width, height, 8, color_type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (pixels_per_meter > 0)
        png_set_pHYs(png, info, pixels_per_meter, pixels_per_meter, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    if (input & BRIEFING_PNG_INPUT_BGRX) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    }
    png_write_image(png, (png_bytepp)rows);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return out->failed;
}

static inline void briefing_png_free(briefing_png_buffer *out) {
    free(out->data);
    out->data = NULL;
    out->length = out->capacity = 0;
}

/* Parallel path. The image's filtered bytes (filter byte + pixels a row) are
 * cut into parts at fixed row counts; each part becomes raw deflate data on
 * its own thread, primed with the 32 KiB before it (so matches may reach
 * back across the cut) and ended with a sync flush; the last part finishes
 * the stream. Concatenated behind a zlib header and followed by the Adler-32
 * of all the bytes, that is one valid zlib stream, the same bytes whatever
 * the number of threads (the parts do not depend on it). */
static inline int briefing_deflate_part(const unsigned char *in, size_t length,
                                        const unsigned char *dictionary, size_t dictionary_length,
                                        int level, int strategy, int mem_level, int last, briefing_png_buffer *out) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, -15, mem_level, strategy) != Z_OK) {
        strcpy(out->message, "deflateInit2 failed");
        return 1;
    }
    if (dictionary_length > 0 && deflateSetDictionary(&z, dictionary, (uInt)dictionary_length) != Z_OK) {
        deflateEnd(&z);
        strcpy(out->message, "deflateSetDictionary failed");
        return 1;
    }
    size_t capacity = deflateBound(&z, (uLong)length) + 64;
    out->data = (unsigned char *)malloc(capacity);
    if (!out->data) { deflateEnd(&z); strcpy(out->message, "out of memory"); return 1; }
    out->capacity = capacity;
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)length;
    z.next_out = out->data;
    z.avail_out = (uInt)capacity;
    int status = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
    int ok = last ? status == Z_STREAM_END : (status == Z_OK && z.avail_in == 0);
    out->length = capacity - z.avail_out;
    deflateEnd(&z);
    if (!ok) { strcpy(out->message, "deflate did not finish"); return 1; }
    return 0;
}

/* Writes signature, IHDR, pHYs (if > 0), the given zlib stream as IDAT
 * chunks of at most 1 MiB, and IEND, through libpng's chunk writer. */
static inline int briefing_png_write_compressed(unsigned width, unsigned height, int color_type,
                                                unsigned pixels_per_meter,
                                                const unsigned char *zdata, size_t zlength,
                                                briefing_png_buffer *out) {
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, out, briefing_png_error, briefing_png_warning);
    if (!png) { strcpy(out->message, "cannot create the PNG writer"); return 1; }
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_write_struct(&png, NULL); strcpy(out->message, "cannot create the PNG info"); return 1; }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return 1;
    }
    png_set_write_fn(png, out, briefing_png_write_data, briefing_png_flush);
    png_set_IHDR(png, info, width, height, 8, color_type, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (pixels_per_meter > 0)
        png_set_pHYs(png, info, pixels_per_meter, pixels_per_meter, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    static const png_byte idat[5] = { 'I', 'D', 'A', 'T', 0 };
    static const png_byte iend[5] = { 'I', 'E', 'N', 'D', 0 };
    for (size_t offset = 0; offset < zlength; offset += 1 << 20) {
        size_t n = zlength - offset < (1 << 20) ? zlength - offset : (1 << 20);
        png_write_chunk(png, idat, zdata + offset, n);
    }
    png_write_chunk(png, iend, NULL, 0);
    png_destroy_write_struct(&png, &info);
    return out->failed;
}
