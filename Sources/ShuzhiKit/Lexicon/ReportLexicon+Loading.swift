extension ReportLexicon {
    /// The built-in lexicon, `Templates/词表.yaml`. It is tested to load; a
    /// failure here is a bug in the shipped file, not in user input.
    public static let builtin: ReportLexicon = {
        do throws(Diagnostic) {
            let source = try LexiconSource.read(BuiltinTemplateFiles.file(builtinPath), schema: nil)
            return ReportLexicon(source)
        } catch {
            preconditionFailure("built-in lexicon does not load: \(DiagnosticPrinter.text(error))")
        }
    }()

    /// The built-in lexicon's file name inside `Templates/`.
    static let builtinPath = "词表.yaml"

    /// This lexicon with the words of a template folder's own `词表.yaml`
    /// added (`text`, named `file` in messages).
    ///
    /// - Throws: a located `Diagnostic` for bad YAML or an item the
    ///   built-in lexicon does not have (with the closest one).
    public func adding(lexiconText text: String, file: String) throws(Diagnostic) -> ReportLexicon {
        do throws(Diagnostic) {
            let more = try LexiconSource.read(text, schema: source)
            return ReportLexicon(source.adding(more))
        } catch {
            throw error.inFile(file)
        }
    }
}
