// The binary tables of Scripts/build-tables.py, embedded as they are: textmend reads them in
// place (no parsing, no copies). The script rebuilds them and stamps their digests below, so
// new data changes this file and the build assembles it again.
// data: lexicon.bin 8154e5046203bffbbe176c80259f7580143b8fe88874a631e1fdb15ff9e15d86 context.bin 351bcd54f278867fe4548299f26dcdef89e69d8f71a413fa2e684ac063e070f3
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
