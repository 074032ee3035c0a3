namespace NewsArchive.Extraction.Quotes;

/// <summary>Recognises cue words at a token: speech verbs in their simple, compound and inverted forms, and prepositions.</summary>
internal sealed class CueReader(QuoteLexicon lexicon, IReadOnlyList<Token> tokens)
{
    private static readonly string[] InvertedPronouns = ["-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles", "-on"];

    /// <summary>The cue that starts at token <paramref name="index"/>, or null.</summary>
    public Cue? At(int index)
    {
        if (index < 0 || index >= tokens.Count || !tokens[index].IsWord)
        {
            return null;
        }

        int length;
        if ((length = lexicon.Match("read", tokens, index)) > 0)
        {
            return new Cue(index, index + length, CueKind.Read, null);
        }

        if ((length = lexicon.Match("according", tokens, index)) > 0)
        {
            return new Cue(index, index + length, CueKind.According, null);
        }

        if ((length = lexicon.Match("according-comma", tokens, index)) > 0)
        {
            return new Cue(index, index + length, CueKind.AccordingComma, null);
        }

        var (key, pronoun) = Invert(tokens[index].Key);
        if ((length = lexicon.Match("reflexive", tokens, index)) > 0 && ParticipleAfter(index + length, QuoteLexicon.ReflexiveParticiple) is { } reflexiveEnd)
        {
            return new Cue(index, reflexiveEnd, CueKind.Verb, pronoun ?? Invert(tokens[index + length - 1].Key).Pronoun);
        }

        if ((lexicon.Has("auxiliary", key) ? 1 : lexicon.Match("auxiliary", tokens, index)) is var auxiliary and > 0
            && ParticipleAfter(index + auxiliary, QuoteLexicon.Participle) is { } end)
        {
            return new Cue(index, end, CueKind.Verb, pronoun);
        }

        if (pronoun is not null && lexicon.Has(QuoteLexicon.Finite, key))
        {
            return new Cue(index, index + 1, CueKind.Verb, pronoun);
        }

        if (AfterDeterminer(index))
        {
            return null;
        }

        // "le Centre d'analyse du terrorisme", "une lettre de réponse": a finite form right after "de" is a noun (a
        // verb there is an infinitive: de déclarer).
        if ((length = lexicon.Match(QuoteLexicon.Finite, tokens, index)) > 0 && !(index > 0 && lexicon.Has("complement", tokens[index - 1].Key)))
        {
            return new Cue(index, index + length, CueKind.Verb, null);
        }

        if ((length = lexicon.Match(QuoteLexicon.Participle, tokens, index)) > 0 && !IsPassive(index))
        {
            return new Cue(index, index + length, CueKind.Verb, null);
        }

        // The narrative infinitive: "… a permis à Myriam Roy de déclarer que « … »", "Eux d'ajouter que « … »": after a
        // capitalised name and "de", a speech verb's infinitive is said by that name.
        // (A capitalised stop word opening the sentence is no name: Avant d'ajouter.)
        return index >= 2 && lexicon.Has(QuoteLexicon.Infinitive, key) && lexicon.Has("complement", tokens[index - 1].Key) && tokens[index - 2].IsCapitalised
            && !lexicon.Has("stop-word", tokens[index - 2].Key)
            ? new Cue(index, index + 1, CueKind.Verb, null)
            : null;
    }

    /// <summary>
    /// "« … », a tenu à tempérer X", "a préféré rectifier X": an auxiliary, a participle of any verb, maybe à or de,
    /// then a speech verb's infinitive, as one cue that starts at <paramref name="index"/>; or null.
    /// </summary>
    public Cue? GoverningAt(int index)
    {
        if (index >= tokens.Count || !lexicon.Has("auxiliary", tokens[index].Key))
        {
            return null;
        }

        // The participle of the governing verb, then "à" or "de" before the infinitive (a tenu à tempérer).
        var at = SkipFrom(index + 1, 2) + 1;
        if (at < tokens.Count && (lexicon.Has("complement", tokens[at].Key) || tokens[at].Key == "à"))
        {
            at++;
        }

        return at < tokens.Count && at > index + 1 && tokens[at - 1].IsWord && lexicon.Has(QuoteLexicon.Infinitive, tokens[at].Key)
            ? new Cue(index, at + 1, CueKind.Verb, null)
            : null;
    }

    // A verb form right after a determiner is a noun (un communiqué, l'analyse de X, la réponse); "le", "la", "l'",
    // "les" are object pronouns instead after a subject or "comme" (il l'explique, Paul Martin le dit, comme l'indique X).
    private bool AfterDeterminer(int index)
    {
        if (index == 0)
        {
            return false;
        }

        var before = tokens[index - 1].Key;
        if (lexicon.Has("determiner", before))
        {
            return true;
        }

        if (!lexicon.Has("definite", before) || before == "leur")
        {
            return false;
        }

        return index < 2 || !(tokens[index - 2].IsCapitalised || lexicon.Has("object-context", tokens[index - 2].Key));
    }

    // A lone participle after a form of "être" (sera reconnu, a été annoncé) is a passive: its grammatical
    // subject is what was said, not who said it.
    private bool IsPassive(int index)
    {
        var before = index - 1;
        while (before >= 0 && lexicon.Has("skip", tokens[before].Key))
        {
            before--;
        }

        return before >= 0 && lexicon.Has("passive", tokens[before].Key);
    }

    /// <summary>The index after the skip words (adverbs, days, negation) that start at <paramref name="index"/>.</summary>
    public int SkipFrom(int index, int limit = 4)
    {
        for (var n = 0; n < limit && index < tokens.Count; n++)
        {
            var length = lexicon.Match("skip", tokens, index);
            if (length == 0)
            {
                break;
            }

            index += length;
        }

        return index;
    }

    /// <summary>Splits an inverted form (a-t-il, dit-elle) into the verb and its pronoun.</summary>
    public static (string Key, string? Pronoun) Invert(string key)
    {
        foreach (var suffix in InvertedPronouns)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (key[..^suffix.Length], suffix[(suffix.LastIndexOf('-') + 1)..]);
            }
        }

        return (key, null);
    }

    private int? ParticipleAfter(int index, string participleClass)
    {
        index = SkipFrom(index, 3);
        var length = lexicon.Match(participleClass, tokens, index);
        return length > 0 ? index + length : null;
    }
}
