/// Punctuation at the joins the drafter makes, so that a heading sentence
/// ends in 。 exactly once and no join makes 。。 or ，。.
enum Punctuation {
    /// Marks that end a sentence.
    static let terminal: Set<Character> = ["。", "！", "？", "…"]
    /// Marks that should not end a joined sentence; replaced by 。.
    static let weak: Set<Character> = ["，", "；", "、", ",", ";", ".", "．"]
    /// Closing quotes and brackets that may follow a terminal mark.
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", "》"]

    /// `text` as a sentence: trailing weak punctuation becomes 。, and 。
    /// is added when the text does not already end a sentence (possibly
    /// inside a closing quote: 做到“两个维护”。 vs “……。”).
    static func sentence(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        guard !s.isEmpty else { return "" }
        while let last = s.last, weak.contains(last) { s = s.dropLast() }
        if let last = s.last {
            if terminal.contains(last) || last == "：" || last == ":" { return String(s) }
            if closers.contains(last) {
                let before = s.dropLast().last
                if let before, terminal.contains(before) { return String(s) }
            }
        }
        return String(s) + "。"
    }

    /// The end of an item's text in a list: a semicolon that separates
    /// run-in items (一是……；二是……；) stays; otherwise it ends as a sentence.
    static func itemText(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        // A half-width ; stays as typed: check reports it, and import of a
        // report that has one must draft back to the same text.
        if s.last == "；" || s.last == ";" { return String(s) }
        return sentence(String(s))
    }

    /// A lead that items follow: it ends with the mark its place needs,
    /// whatever was typed. A colon or a sentence mark stays; a lead typed
    /// without a mark announces the list (究其原因 → 究其原因：); a clause
    /// mark (，；) leads on into items in the same paragraph, and becomes a
    /// colon before items in paragraphs of their own.
    static func lead(_ text: String, runIn: Bool = true) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        guard let last = s.last else { return "" }
        if last == "：" || last == ":" || terminal.contains(last) { return String(s) }
        if closers.contains(last), let before = s.dropLast().last, terminal.contains(before) { return String(s) }
        if last == "，" || last == "；" || last == "、" || last == "," || last == ";" {
            return runIn && last != "、" && last != "," && last != ";" ? String(s) : String(s.dropLast()) + "："
        }
        return String(s) + "："
    }

    /// `text` without its trailing sentence or clause mark, for a heading
    /// that the template ends itself (一、履职情况).
    /// A heading on its own line: without a trailing clause mark, but with
    /// the full stop or colon a report may give its headings (一、存在的问题。,
    /// 二、存在问题：), which it then gives them all.
    static func headingLine(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace || weak.contains(last) { s = s.dropLast() }
        if let last = s.last, terminal.contains(last) || last == "：" { return String(s) }
        return bare(String(s))
    }

    static func bare(_ text: String) -> String {
        var s = Substring(text)
        while let last = s.last, last.isWhitespace || terminal.contains(last) || weak.contains(last) || last == "：" {
            s = s.dropLast()
        }
        return String(s)
    }
}
