import Foundation
import XCTest
@testable import ShuzhiKit

/// Documents made to hurt a reader are refused with a stable code, in
/// bounded time and memory.
final class HostileDocumentTests: XCTestCase {
    typealias T = DocxTest

    func refusal(_ bytes: [UInt8], name: String = "报告.docx", file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        do {
            let text = try DocumentText.read(bytes, name: name)
            XCTFail("应当拒绝，却读出了：\(text.text.prefix(80))", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.file, name, file: file, line: line)
            return error
        }
    }

    static let documentXML = Array(T.document(T.p("正文")).utf8)

    /// A package whose document part is the given (already compressed) stream.
    static func package(document: TestZip.Entry) -> [UInt8] {
        TestZip(entries: [TestZip.Entry(name: "[Content_Types].xml", data: Array("<Types/>".utf8)), document]).bytes()
    }

    func testABombThatDeclaresGigabytesIsRefusedBeforeInflating() {
        // About 1 MiB that inflates to 1 GiB.
        let matches = (1 << 30) / 258
        let stream = DeflateBomb.stream(matches: matches)
        XCTAssertLessThan(stream.count, 1_100_000)
        let bytes = Self.package(document: .init(name: "word/document.xml", data: stream, method: 8, size: UInt32(matches * 258 + 1)))
        let d = refusal(bytes)
        XCTAssertEqual(d?.code, "docx-too-large")
        XCTAssertEqual(d?.message, "Word文档解压后过大（条目“word/document.xml”解压后有\(matches * 258 + 1)字节），已拒绝读取")
    }

    func testABombThatDeclaresASmallSizeIsStoppedAtThatSize() {
        let stream = DeflateBomb.stream(matches: 4_000_000)  // 1 GB of zeros
        let bytes = Self.package(document: .init(name: "word/document.xml", data: stream, method: 8, size: 5000))
        let d = refusal(bytes)
        XCTAssertEqual(d?.code, "docx-too-large")
        XCTAssertEqual(d?.message, "Word文档的条目“word/document.xml”解压后比记录的大，已停止读取")
    }

    func testADeclaredRatioNoDeflateStreamReachesIsRefused() {
        let bytes = Self.package(document: .init(name: "word/document.xml", data: [UInt8](repeating: 0, count: 100), method: 8, size: 50_000_000))
        XCTAssertEqual(refusal(bytes)?.code, "docx-too-large")
    }

    func testOverlappingEntriesAreRefused() {
        // The second entry's local header lies inside the first entry's data.
        let inner = TestZip(entries: [.init(name: "word/document.xml", data: Self.documentXML)]).bytes()
        let localLength = 30 + "word/document.xml".utf8.count + Self.documentXML.count
        let outer = TestZip(entries: [
            .init(name: "a.bin", data: Array(inner.prefix(localLength))),
            .init(name: "word/document.xml", data: Self.documentXML, headerOffsetOverride: UInt32(30 + 5)),
        ])
        let bytes = outer.bytes()
        let d = refusal(bytes)
        XCTAssertEqual(d?.code, "docx-corrupt")
        XCTAssertEqual(d?.message, "Word文档的压缩包结构异常：条目“a.bin”与“word/document.xml”重叠")
    }

    func testADuplicateNameIsRefused() {
        let bytes = TestZip(entries: [.init(name: "word/document.xml", data: Self.documentXML),
                                      .init(name: "word/document.xml", data: Self.documentXML)]).bytes()
        XCTAssertEqual(refusal(bytes)?.message, "Word文档的压缩包结构异常：条目“word/document.xml”出现两次")
    }

    func testABadCRCIsRefused() {
        var bytes = T.docx(body: T.p("发展党员10名"))
        let marker = Array("10名".utf8)
        let at = bytes.firstRange(of: marker)!.lowerBound
        bytes[at] = UInt8(ascii: "2")
        let d = refusal(bytes)
        XCTAssertEqual(d?.code, "docx-corrupt")
        XCTAssertEqual(d?.message, "Word文档已损坏：条目“word/document.xml”的CRC校验不符")
    }

    func testATruncatedFileIsRefusedAtEveryCut() {
        let bytes = T.docx(body: T.p("一、履职情况") + T.p("正文"))
        for cut in stride(from: 4, to: bytes.count, by: 37) {
            let d = refusal(Array(bytes.prefix(cut)))
            XCTAssertEqual(d?.code, "docx-corrupt", "cut \(cut)")
        }
        XCTAssertEqual(refusal(Array(bytes.prefix(bytes.count / 2)))?.message,
                       "Word文档不完整或已损坏：找不到压缩包的目录（文件可能被截断）")
    }

    func testADoctypeAndEntityExpansionAreRefused() {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document xmlns:w="\#(T.w)"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"#
        var zip = ZipWriter()
        zip.add("word/document.xml", Array(laughs.utf8))
        let d = refusal(zip.finish())
        XCTAssertEqual(d?.code, "docx-bad-xml")
        XCTAssertEqual(d?.message, "Word文档的“word/document.xml”无法读取：含有DOCTYPE声明（不读取DTD和实体定义）（第22字节）")
    }

    func testAnUndeclaredEntityIsRefused() {
        let d = refusal(T.docx(body: T.p("&nbsp;")))
        XCTAssertEqual(d?.code, "docx-bad-xml")
        XCTAssertTrue(d?.message.contains("不支持实体“&nbsp;”") == true, d?.message ?? "")
    }

    func testDeepNestingIsRefusedInBoundedTime() {
        let depth = 100_000
        let body = String(repeating: "<w:sdt><w:sdtContent>", count: depth) + String(repeating: "</w:sdtContent></w:sdt>", count: depth)
        let d = refusal(T.docx(body: body))
        XCTAssertEqual(d?.code, "docx-bad-xml")
        XCTAssertTrue(d?.message.contains("嵌套超过256层") == true, d?.message ?? "")
    }

    func testAnOldWordOrWPSDocumentIsNamed() {
        var ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        ole += [UInt8](repeating: 0, count: 504)
        for name in ["2023.docx", "2023.doc", "2023.wps"] {
            let d = refusal(ole, name: name)
            XCTAssertEqual(d?.code, "docx-old-format")
            XCTAssertEqual(d?.message, "这是旧版Word（.doc）或WPS（.wps）文档，shuzhi只读.docx")
        }
    }

    func testAPasswordProtectedDocumentIsNamed() {
        var ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 200)
        ole += Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        XCTAssertEqual(refusal(ole)?.code, "docx-encrypted")
    }

    func testAPDFRenamedToDocxIsNamed() {
        let d = refusal(Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".utf8))
        XCTAssertEqual(d?.code, "docx-not-docx")
        XCTAssertEqual(d?.message, "这是PDF文件，不是Word文档或文本文件")
    }

    func testTextRenamedToDocxAndOtherPackagesAreNotWordDocuments() {
        XCTAssertEqual(refusal(Array("一、履职情况\n".utf8))?.code, "docx-not-docx")
        var odt = ZipWriter()
        odt.add("mimetype", Array("application/vnd.oasis.opendocument.text".utf8))
        XCTAssertEqual(refusal(odt.finish())?.message, "这个压缩包不是Word文档，而是OpenDocument文档（.odt）")
        var xlsx = ZipWriter()
        xlsx.add("xl/workbook.xml", Array("<workbook/>".utf8))
        XCTAssertEqual(refusal(xlsx.finish())?.message, "这个压缩包不是Word文档，而是Excel表格（.xlsx）")
    }

    func testADocumentWhoseRootIsNotWordIsRefused() {
        var zip = ZipWriter()
        zip.add("word/document.xml", Array("<html><body/></html>".utf8))
        XCTAssertEqual(refusal(zip.finish())?.code, "docx-bad-xml")
    }

    func testEncryptedEntriesAndOtherMethodsAreRefused() {
        let encrypted = Self.package(document: .init(name: "word/document.xml", data: Self.documentXML, flags: 1))
        XCTAssertEqual(refusal(encrypted)?.message, "Word文档的压缩包用了不支持的格式：加密的条目“word/document.xml”")
        let bzip = Self.package(document: .init(name: "word/document.xml", data: Self.documentXML, method: 12))
        XCTAssertEqual(refusal(bzip)?.code, "docx-corrupt")
    }

    func testALocalHeaderThatDisagreesWithTheDirectoryIsRefused() {
        var bytes = T.docx(body: T.p("正文"))
        // The first local header's name: change one letter.
        bytes[30] = UInt8(ascii: "X")
        XCTAssertEqual(refusal(bytes)?.message, "Word文档已损坏：条目“[Content_Types].xml”的本地文件头与中央目录不一致")
    }

    func testAnInvalidDeflateStreamIsRefused() {
        let bytes = Self.package(document: .init(name: "word/document.xml", data: [0x07, 0, 0], method: 8, size: 10))
        XCTAssertEqual(refusal(bytes)?.message, "Word文档已损坏：条目“word/document.xml”的压缩块类型无效")
    }
}
