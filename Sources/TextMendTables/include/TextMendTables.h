#ifndef TEXTMEND_TABLES_H
#define TEXTMEND_TABLES_H

#include <stddef.h>

// The tables of Scripts/build-tables.py (tables.S embeds them, 64-byte aligned): numbers
// little-endian, each section 8-byte aligned within its table.
extern const unsigned char tm_lexicon_table[];
extern const unsigned char tm_lexicon_table_end[];
extern const unsigned char tm_context_table[];
extern const unsigned char tm_context_table_end[];

/// The lexicon table (jieba's word list, see Scripts/build-tables.py).
static inline const void *tm_lexicon(void) { return tm_lexicon_table; }
/// Its size in bytes.
static inline size_t tm_lexicon_size(void) { return (size_t)(tm_lexicon_table_end - tm_lexicon_table); }
/// The word-context table (ContextModel, see Scripts/build-tables.py).
static inline const void *tm_context(void) { return tm_context_table; }
/// Its size in bytes.
static inline size_t tm_context_size(void) { return (size_t)(tm_context_table_end - tm_context_table); }

#endif
