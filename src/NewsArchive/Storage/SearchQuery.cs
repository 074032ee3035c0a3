using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsArchive.Storage;

/// <summary>
/// What a user typed, turned into a safe FTS5 <c>MATCH</c> expression. Understands words, <c>"phrases"</c>, <c>OR</c>,
/// <c>-word</c> and <c>NOT word</c>, and <c>prefix*</c>. Every word is re-tokenized and quoted, so FTS5 syntax in the
/// input (quotes, <c>AND(</c>, <c>NEAR(</c>, a lone <c>*</c> or <c>-</c>, parentheses, <c>column:</c>) is only text.
/// A plain word matches its accent-folded form in the title and body, or its French or English stem in the stem
/// columns; a quoted phrase and a prefix match the text as written (accents and case folded).
/// </summary>
public sealed class SearchQuery
{
    /// <summary>At most this many words are searched; the rest are ignored, so a pasted page cannot build a huge query.</summary>
    public const int MaxTerms = 32;

    private static readonly string[] StemLanguages = ["fr", "en"];

    private SearchQuery(string matchExpression, IReadOnlySet<string> highlightStems, IReadOnlyList<IReadOnlyList<SearchTerm>> groups, IReadOnlyList<SearchTerm> excluded)
    {
        MatchExpression = matchExpression;
        HighlightStems = highlightStems;
        Groups = groups;
        Excluded = excluded;
    }

    /// <summary>The FTS5 expression, to be passed as a parameter of <c>ArticleSearch MATCH @q</c>.</summary>
    public string MatchExpression { get; }

    /// <summary>The folded French and English stems of the words searched for (not excluded), for highlighting.</summary>
    public IReadOnlySet<string> HighlightStems { get; }

    /// <summary>What must match: every group, each group by any one of its terms (for engines other than FTS5).</summary>
    internal IReadOnlyList<IReadOnlyList<SearchTerm>> Groups { get; }

    /// <summary>What must not match: any of these terms excludes an article.</summary>
    internal IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>Parses <paramref name="text"/>; false with a message a user understands when there is nothing to search for.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchQuery? query, out string error)
    {
        query = null;
        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var pendingOr = false;
        var pendingNot = false;
        var count = 0;
        foreach (var lexeme in Lex(text ?? ""))
        {
            switch (lexeme.Kind)
            {
                case LexemeKind.Or:
                    pendingOr = groups.Count > 0;
                    continue;
                case LexemeKind.Not:
                    pendingNot = true;
                    continue;
            }

            var tokens = SearchText.Tokens(lexeme.Text);
            if (tokens.Count == 0 || count >= MaxTerms)
            {
                continue;
            }

            count++;
            var term = new SearchTerm(tokens, lexeme.Kind == LexemeKind.Phrase, lexeme.Prefix);
            if (lexeme.Negated || pendingNot)
            {
                excluded.Add(term);
            }
            else if (pendingOr)
            {
                groups[^1].Add(term);
            }
            else
            {
                groups.Add([term]);
            }

            pendingOr = false;
            pendingNot = false;
        }

        if (groups.Count == 0)
        {
            error = excluded.Count > 0
                ? "Every word of this search is excluded: add at least one word to look for."
                : "Type at least one word to search for.";
            return false;
        }

        var match = new StringBuilder();
        match.AppendJoin(" AND ", groups.Select(g => "(" + string.Join(" OR ", g.Select(Expression)) + ")"));
        if (excluded.Count > 0)
        {
            match.Insert(0, '(').Append(')');
            foreach (var term in excluded)
            {
                match.Append(" NOT (").Append(Expression(term)).Append(')');
            }
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in groups.SelectMany(g => g).Where(t => !t.Phrase && !t.Prefix))
        {
            foreach (var token in term.Tokens)
            {
                foreach (var language in StemLanguages)
                {
                    stems.Add(SearchText.Fold(SearchText.Stem(token, language)));
                }
            }
        }

        query = new SearchQuery(match.ToString(), stems, [.. groups.Select(g => (IReadOnlyList<SearchTerm>)g)], excluded);
        error = "";
        return true;
    }

    private static string Expression(SearchTerm term)
    {
        var surface = "{Title Body} : " + Quote(term.Tokens) + (term.Prefix ? " *" : "");
        if (term.Phrase || term.Prefix)
        {
            return surface;
        }

        var stems = StemLanguages
            .Select(language => Quote([.. term.Tokens.Select(t => SearchText.Stem(t, language))]))
            .Distinct(StringComparer.Ordinal);
        return "(" + surface + ") OR ({TitleStems BodyStems} : (" + string.Join(" OR ", stems) + "))";
    }

    // Tokens hold only letters and digits, but doubling quotes keeps the string safe whatever the tokenizer becomes.
    private static string Quote(IEnumerable<string> tokens) => "\"" + string.Join(' ', tokens).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<Lexeme> Lex(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '(' or ')')
            {
                i++;
                continue;
            }

            var negated = false;
            if (c is '-' or '!')
            {
                negated = true;
                i++;
                if (i >= text.Length || char.IsWhiteSpace(text[i]))
                {
                    continue;
                }
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                var prefix = i < text.Length && text[i] == '*';
                yield return new Lexeme(LexemeKind.Phrase, phrase, negated, prefix);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')'))
            {
                i++;
            }

            var word = text[start..i];
            if (!negated && word is "OR" or "|")
            {
                yield return new Lexeme(LexemeKind.Or, word, false, false);
            }
            else if (!negated && word == "NOT")
            {
                yield return new Lexeme(LexemeKind.Not, word, false, false);
            }
            else if (negated || word != "AND")
            {
                var prefix = word.EndsWith('*');
                yield return new Lexeme(LexemeKind.Word, word.TrimEnd('*'), negated, prefix);
            }
        }
    }

    private enum LexemeKind
    {
        Word,
        Phrase,
        Or,
        Not,
    }

    private sealed record Lexeme(LexemeKind Kind, string Text, bool Negated, bool Prefix);
}

/// <summary>
/// One searched term: lower-case tokens (letters and digits only) that match as a phrase; a quoted phrase and a
/// prefix match the text as written, a plain term also by its stems.
/// </summary>
internal sealed record SearchTerm(IReadOnlyList<string> Tokens, bool Phrase, bool Prefix)
{
    /// <summary>Whether the term also matches through stems (a plain word, not a phrase or a prefix).</summary>
    public bool Stemmed => !Phrase && !Prefix;
}
