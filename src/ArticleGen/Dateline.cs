namespace ArticleGen;

/// <summary>The wire dateline that opens an article's first paragraph, e.g. <c>CARACAS, Venezuela (Reuters) -</c>.</summary>
/// <param name="Location">
/// The place, always in capitals, e.g. <c>CARACAS</c>; a place written otherwise in the file (<c>Caracas</c>, which
/// raises ART001) is given in capitals too. Empty for a dateline without a place, such as <c>(CNN) --</c>.
/// </param>
/// <param name="Region">The state or country after the place, e.g. <c>Venezuela</c> or <c>N.Y.</c>.</param>
/// <param name="Date">The date as written in the dateline, e.g. <c>Feb 26</c> in <c>ROCHESTER, N.Y., Feb 26 -</c>.</param>
/// <param name="Agency">The news agency as written inside the parenthesis, e.g. <c>Reuters</c>.</param>
/// <param name="Text">
/// The dateline as written, dash included, e.g. <c>CARACAS, Venezuela (Reuters) -</c>, with each run of whitespace
/// (line breaks included) given as one space. The place keeps its case here.
/// </param>
public sealed record Dateline(string Location, string? Region, string? Date, string? Agency, string Text);
