/// A small gzip (RFC 1952) encoder so the loopback server can send `Content-Encoding: gzip` without a zlib
/// dependency. It writes one DEFLATE block with the fixed Huffman codes (RFC 1951 section 3.2.6) and encodes runs of
/// a repeated byte as distance-1 matches, so highly repetitive bodies (a "gzip bomb") really shrink.
public enum GzipEncoder {
    public static func encode(_ input: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE = 01, fixed Huffman
        var index = 0
        while index < input.count {
            let run = index > 0 ? runLength(input, from: index, byte: input[index - 1]) : 0
            if run >= 3 {
                var remaining = run
                while remaining >= 3 {
                    let length = remaining >= 258 ? 258 : min(remaining, 10)
                    bits.writeLiteralOrLength(length == 258 ? 285 : 254 + length)
                    bits.writeHuffman(0, length: 5)  // distance code 0 = distance 1, no extra bits
                    remaining -= length
                }
                index += run - remaining
            } else {
                bits.writeLiteralOrLength(Int(input[index]))
                index += 1
            }
        }
        bits.writeLiteralOrLength(256)  // end of block
        out.append(contentsOf: bits.finish())
        appendLittleEndian(crc32(input), to: &out)
        appendLittleEndian(UInt32(truncatingIfNeeded: input.count), to: &out)
        return out
    }

    private static func runLength(_ input: [UInt8], from start: Int, byte: UInt8) -> Int {
        var end = start
        while end < input.count, input[end] == byte { end += 1 }
        return end - start
    }

    private static func appendLittleEndian(_ value: UInt32, to out: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { value in
        var crc = UInt32(value)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }
}

/// Packs DEFLATE bits least-significant first (RFC 1951 section 3.1.1).
private struct BitWriter {
    private var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var used: UInt32 = 0

    mutating func write(_ value: Int, count: Int) {
        for bit in 0..<count { push(UInt32((value >> bit) & 1)) }
    }

    /// Huffman codes are packed starting with their most significant bit.
    mutating func writeHuffman(_ code: Int, length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { push(UInt32((code >> bit) & 1)) }
    }

    /// The fixed literal/length code table of RFC 1951 section 3.2.6.
    mutating func writeLiteralOrLength(_ symbol: Int) {
        switch symbol {
        case 0...143: writeHuffman(0x30 + symbol, length: 8)
        case 144...255: writeHuffman(0x190 + symbol - 144, length: 9)
        case 256...279: writeHuffman(symbol - 256, length: 7)
        default: writeHuffman(0xC0 + symbol - 280, length: 8)
        }
    }

    private mutating func push(_ bit: UInt32) {
        current |= bit << used
        used += 1
        if used == 8 {
            bytes.append(UInt8(current))
            current = 0
            used = 0
        }
    }

    mutating func finish() -> [UInt8] {
        if used > 0 { bytes.append(UInt8(current)) }
        return bytes
    }
}
