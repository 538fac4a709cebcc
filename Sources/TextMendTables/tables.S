// The binary tables of Scripts/build-tables.py, embedded as they are: textmend reads them in
// place (no parsing, no copies). The script rebuilds them and stamps their digests below, so
// new data changes this file and the build assembles it again.
// data: lexicon.bin 6d317f4cbbd0cc98aa1bca0e8b6b0ea7fe0aefe8d9805c2967eb61b60fef8e40 context.bin efa69fefe5d1edf8875fc71ba8db815876bedfec6f325ff1be61f1c9249c79fb
#if defined(__APPLE__)
#define SYMBOL(name) _##name
    .section __TEXT,__const
#else
#define SYMBOL(name) name
    .section .rodata
#endif

    .balign 64
    .globl SYMBOL(tm_lexicon_table)
SYMBOL(tm_lexicon_table):
    .incbin "lexicon.bin"
    .globl SYMBOL(tm_lexicon_table_end)
SYMBOL(tm_lexicon_table_end):

    .balign 64
    .globl SYMBOL(tm_context_table)
SYMBOL(tm_context_table):
    .incbin "context.bin"
    .globl SYMBOL(tm_context_table_end)
SYMBOL(tm_context_table_end):

#if defined(__ELF__)
    .section .note.GNU-stack,"",%progbits
#endif
