namespace ArticleGen;

/// <summary>The wire dateline that opens an article's first paragraph, e.g. <c>CARACAS, Venezuela (Reuters) -</c>.</summary>
/// <param name="Location">The place, in capitals as written, e.g. <c>CARACAS</c>.</param>
/// <param name="Region">The state or country after the place, e.g. <c>Venezuela</c> or <c>N.Y.</c>.</param>
/// <param name="Date">The date as written in the dateline, e.g. <c>Feb 26</c>.</param>
/// <param name="Agency">The news agency, e.g. <c>Reuters</c>.</param>
/// <param name="Text">The dateline as written, dash included, e.g. <c>MOSCOW (Reuters) -</c>.</param>
public sealed record Dateline(string Location, string? Region, string? Date, string? Agency, string Text);
