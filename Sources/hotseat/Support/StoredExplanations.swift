import HotseatCore
import Rubric

/// The rubric's translations of evidence explanations and flag messages, for commands that show
/// stored scores (`show`, `report`): sessions store the English, and are translated as shown.
enum StoredExplanations {
    /// English needs no rubric, so it is only loaded for a Dutch or Norwegian reader; if it cannot
    /// be, the stored English is shown (with a warning) rather than no session at all.
    static func translator(for language: Language) -> ExplanationTranslator {
        guard language != .en else { return .english }
        do {
            return try RubricEngine.load(directory: ResourceLocator().scoringDirectory()).explanationTranslator
        } catch {
            Console.warning("explanations are shown in English: the scoring rubric cannot be loaded (\((error as? DiagnosticsError)?.diagnostics.first?.description ?? "\(error)"))")
            return .english
        }
    }
}
