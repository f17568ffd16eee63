#ifndef BRIEFING_ZLIB_DEFAULT_LEVEL_H
#define BRIEFING_ZLIB_DEFAULT_LEVEL_H

/// The level zlib's `Z_DEFAULT_COMPRESSION` means in this process (see deflate_level.c).
int briefing_zlib_default_level(void);

#endif
