// Byte classes of the lexical grammar tested on eight bytes at once ("SWAR"): indentation, names and
// comments are runs of one class, and a word-wide test finds where a run ends in a handful of
// instructions instead of a loop iteration per byte.
//
// Every function returns a mask with the high bit set in each byte (in memory order: the word is
// loaded little-endian) that ends the run; `trailingZeroBitCount / 8` of it is the offset of the first.

/// Eight copies of one byte.
@inline(__always)
private func repeated(_ byte: UInt8) -> UInt64 {
    0x0101_0101_0101_0101 &* UInt64(byte)
}

/// The high bit of every byte of `word` that is not zero, exact in every byte (no borrow between bytes).
@inline(__always)
private func nonZeroBytes(_ word: UInt64) -> UInt64 {
    (((word & repeated(0x7F)) &+ repeated(0x7F)) | word) & repeated(0x80)
}

/// The high bit of every byte of `word`, all below 0x80, that lies in `low...high`.
@inline(__always)
private func asciiBytes(_ word: UInt64, in low: UInt8, _ high: UInt8) -> UInt64 {
    // Adding 0x80 - low sets a byte's high bit iff it is >= low, adding 0x7F - high iff it is > high;
    // neither sum can carry out of a byte below 0x80.
    (word &+ repeated(0x80 - low)) & ~(word &+ repeated(0x7F - high)) & repeated(0x80)
}

/// The high bit of every byte of `word` that is not a space (0x20): where a run of indentation ends.
@inline(__always)
func nonSpaceBytes(_ word: UInt64) -> UInt64 {
    nonZeroBytes(word ^ repeated(0x20))
}

/// The high bit of every byte of `word` that is not `NameContinue` (`Letter | Digit | _`): where a name ends.
@inline(__always)
func nonNameContinueBytes(_ word: UInt64) -> UInt64 {
    let ascii = word & repeated(0x7F)
    // Setting 0x20 folds A-Z onto a-z and nothing else onto a-z.
    let letters = asciiBytes(ascii | repeated(0x20), in: 0x61, 0x7A)
    let digits = asciiBytes(ascii, in: 0x30, 0x39)
    let underscores = ~nonZeroBytes(ascii ^ repeated(0x5F)) & repeated(0x80)
    // A byte with its high bit set is part of a longer UTF-8 character, never of a name.
    return ~(letters | digits | underscores) & repeated(0x80) | word & repeated(0x80)
}

/// The high bit of the first byte of `word` that is a `LineTerminator` byte, `\n` or `\r`, among
/// possibly some later bytes' high bits; zero when none of the eight bytes is one.
///
/// The classic zero-byte test on `word` XORed with each terminator: a borrow can only mark bytes
/// after a true match, so the lowest bit set is exact.
@inline(__always)
func lineTerminatorBytes(_ word: UInt64) -> UInt64 {
    let ones = repeated(0x01)
    let newLines = word ^ repeated(0x0A)
    let returns = word ^ repeated(0x0D)
    return ((newLines &- ones) & ~newLines | (returns &- ones) & ~returns) & repeated(0x80)
}
