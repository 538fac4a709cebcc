// The binary tables of Scripts/build-tables.py, embedded as they are: textmend reads them in
// place (no parsing, no copies). The script rebuilds them and stamps their digests below, so
// new data changes this file and the build assembles it again.
// data: lexicon.bin 2fbb4ff7bb444696c24a253e550bfd5a3793970db1c59d132647e0760fdfc083 context.bin 3f54c6ff3d5b5561eff40b9f2f508da209d6bfb269ad527c2fc3a9e04b1061ea
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
