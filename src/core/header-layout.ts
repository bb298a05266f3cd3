// Byte layout of the 92-byte block header. Everything the miner changes (the nonce) lies in the second 64-byte
// SHA-256 chunk, so the first chunk is compressed once per template.
//
//   offset size field
//        0    4 version          u32 big-endian
//        4    4 index            u32 (height; genesis is 1, as in the seed)
//        8    8 timestamp        u64 milliseconds since the Unix epoch
//       16   32 previous hash
//       48   32 transactions root
//       80    4 difficulty       u32, leading zero bits required of the hash
//       84    8 nonce            u64 (the seed's `proof`), < 2^53 so JSON carries it exactly
export const VERSION_OFFSET = 0;
export const INDEX_OFFSET = 4;
export const TIMESTAMP_OFFSET = 8;
export const PREVIOUS_HASH_OFFSET = 16;
export const TRANSACTIONS_ROOT_OFFSET = 48;
export const DIFFICULTY_OFFSET = 80;
export const NONCE_OFFSET = 84;
export const HEADER_SIZE = 92;
export const HASH_SIZE = 32;
export const BLOCK_VERSION = 1;
