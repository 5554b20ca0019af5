namespace ArticleGen.Generator.Parsing;

/// <summary>
/// What a sentence of prose is, decided here and nowhere else: at least <see cref="Settings.SentenceWords"/> words
/// (letters stand in for words in Chinese or Japanese), and either a sentence end or the function words of the page's
/// own prose. No fix deletes a block that holds one, unless the sentence is chrome by its own words
/// (<see cref="ChromePhrases.SentenceRules"/>).
/// </summary>
internal static class Sentence
{
    public static bool IsIn(PageBlock block, double proseLevel)
    {
        bool longEnough = block.IsUnspaced ? block.Characters >= Settings.SentenceCharacters : block.Words >= Settings.SentenceWords;
        return longEnough && (block.EndsSentence || (block.Words > 0 && block.FunctionShare >= proseLevel * Settings.SentenceFunctionLevel));
    }
}
