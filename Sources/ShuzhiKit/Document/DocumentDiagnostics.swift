/// The diagnostic codes of document reading: Word documents and text in
/// encodings other than UTF-8.
public enum DocumentDiagnostics {
    /// Every code of this stage, in the order the README lists them.
    public static let codes: [DiagnosticCode] = [
        .textEncoding, .docxOldFormat, .docxEncrypted, .docxNotDocx, .docxCorrupt, .docxTooLarge, .docxBadXML,
        .docxTable, .docxTextBox,
    ]
}

extension DiagnosticCode {
    /// `text-encoding`
    public static let textEncoding = DiagnosticCode("text-encoding", .note, "文件不是UTF-8编码，已按GBK/GB18030或UTF-16读取（提示）")
    /// `docx-old-format`
    public static let docxOldFormat = DiagnosticCode("docx-old-format", .error, "旧版Word（.doc）或WPS（.wps）文档，需先另存为.docx")
    /// `docx-encrypted`
    public static let docxEncrypted = DiagnosticCode("docx-encrypted", .error, "Word文档设置了打开密码")
    /// `docx-not-docx`
    public static let docxNotDocx = DiagnosticCode("docx-not-docx", .error, "文件不是Word文档（如PDF、其他压缩包改成了.docx）")
    /// `docx-corrupt`
    public static let docxCorrupt = DiagnosticCode("docx-corrupt", .error, "Word文档已损坏（文件不完整、校验不符、条目重叠等）")
    /// `docx-too-large`
    public static let docxTooLarge = DiagnosticCode("docx-too-large", .error, "Word文档解压后过大或压缩比异常（疑似压缩炸弹）")
    /// `docx-bad-xml`
    public static let docxBadXML = DiagnosticCode("docx-bad-xml", .error, "Word文档的XML内容无法读取（含DOCTYPE或实体定义、嵌套过深、格式错误）")
    /// `docx-table`
    public static let docxTable = DiagnosticCode("docx-table", .note, "表格按行读出，每行一段，单元格之间用制表符隔开（提示）")
    /// `docx-text-box`
    public static let docxTextBox = DiagnosticCode("docx-text-box", .note, "文本框中的文字没有读入（提示）")
}

extension Diagnostic {
    /// A Word document refused, from the reader's failure.
    static func docx(_ failure: DocxReader.Failure) -> Diagnostic {
        let hint = "请在Word或WPS中打开这个文件，确认能正常打开后“另存为”一个新的.docx文件再试"
        switch failure {
        case .zip(.notZip):
            return .error(.docxCorrupt, "Word文档不完整或已损坏：找不到压缩包的目录（文件可能被截断）", at: nil, hint: hint)
        case .zip(.corrupt(let detail)):
            return .error(.docxCorrupt, "Word文档已损坏：\(detail)", at: nil, hint: hint)
        case .zip(.unsupported(let detail)):
            return .error(.docxCorrupt, "Word文档的压缩包用了不支持的格式：\(detail)", at: nil, hint: hint)
        case .zip(.overlapping(let detail)):
            return .error(.docxCorrupt, "Word文档的压缩包结构异常：\(detail)", at: nil, hint: hint)
        case .zip(.badChecksum(let name)):
            return .error(.docxCorrupt, "Word文档已损坏：条目“\(name)”的CRC校验不符", at: nil, hint: hint)
        case .zip(.badData(let name, .outputTooLarge)):
            return .error(.docxTooLarge, "Word文档的条目“\(name)”解压后比记录的大，已停止读取", at: nil)
        case .zip(.badData(let name, let reason)):
            return .error(.docxCorrupt, "Word文档已损坏：条目“\(name)”的\(reason.reason)", at: nil, hint: hint)
        case .zip(.tooLarge(let detail)):
            return .error(.docxTooLarge, "Word文档解压后过大（\(detail)），已拒绝读取", at: nil,
                          hint: "正常的述职报告解压后只有几百KB；这个文件可能是压缩炸弹")
        case .notWord(let what):
            return .error(.docxNotDocx, "这个压缩包不是Word文档\(what.map { "，而是\($0)" } ?? "")", at: nil,
                          hint: "请提供Word文档（.docx）或纯文本（.txt）")
        case .xml(let part, let failure):
            return .error(.docxBadXML, "Word文档的“\(part)”无法读取：\(failure.reason)（第\(failure.offset + 1)字节）", at: nil, hint: hint)
        }
    }
}

/// Codes of decoding a text file, declared beside the decoder and listed
/// with the reader's codes (`ReaderDiagnostics.codes`).
extension DiagnosticCode {
    /// `not-utf8`
    public static let notUtf8 = DiagnosticCode("not-utf8", .error, "文件既不是UTF-8，也不是GBK/GB18030或带BOM的UTF-16（指出字节位置）")
    /// `binary-file`
    public static let binaryFile = DiagnosticCode("binary-file", .error, "不是文本文件（含有空字节，或是PDF、压缩包）")
}
