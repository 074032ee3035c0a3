using System.CommandLine;
using NewsArchive.Evaluation;
using NewsArchive.Extraction;

namespace NewsArchive.Cli.Commands;

/// <summary><c>newsarchive eval</c>: extraction quality against the annotated data shipped in <c>eval/</c>.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var root = new Option<DirectoryInfo?>("--root") { Description = "The repository folder holding eval/ and seeds/ (default: found above the current directory)." };
        var errors = new Option<string?>("--errors")
        {
            Description = "Instead of the tables, list the NER misses and false alarms of one type (Person, Organization or Location), commonest first, with the first article of each.",
        };
        var subset = new Option<NerSubset>("--subset") { Description = "With --errors: All, Even (tuning half) or Odd (held-out half).", DefaultValueFactory = _ => NerSubset.All };
        var quoteErrors = new Option<bool>("--quote-errors") { Description = "After the tables, list every quote error (missed, spurious, wrong speaker) with its gold part." };
        var goldEntities = new Option<bool>("--gold-entities") { Description = "Score quotes with the gold people and organisations (WiNER-fr, or those the gold file lists) instead of the pipeline's." };
        var command = new Command("eval", "Print precision, recall and F1 of people, organisations and places (WiNER-fr) and of quotes and speakers (eval/quotes).")
        {
            root,
            errors,
            subset,
            quoteErrors,
            goldEntities,
        };
        command.SetAction(result => Run(
            result.GetValue(root), result.GetValue(errors), result.GetValue(subset), result.GetValue(quoteErrors),
            result.GetValue(goldEntities) ? EntitySource.Gold : EntitySource.Pipeline));
        return command;
    }

    private static int Run(DirectoryInfo? root, string? errorType, NerSubset subsetForErrors, bool quoteErrors, EntitySource entities)
    {
        var folder = root?.FullName ?? FindRoot(Directory.GetCurrentDirectory());
        if (folder is null || !Directory.Exists(Path.Combine(folder, "eval")))
        {
            Console.Error.WriteLine("No eval/ folder found: run from the repository or pass --root.");
            return ExitCodes.Usage;
        }

        var annotations = Path.Combine(folder, "eval", "winer-fr");
        var texts = Path.Combine(folder, "seeds", "wikinews-fr");
        if (errorType is not null)
        {
            return PrintErrors(NerEvaluation.Run(annotations, texts, subsetForErrors, ArticleAnalyzer.Default), errorType);
        }

        foreach (var (subset, name) in new[] { (NerSubset.All, "all annotated articles"), (NerSubset.Even, "even positions in path order (tuning half)"), (NerSubset.Odd, "odd positions in path order (held-out half)") })
        {
            Console.WriteLine($"Named entities, {name} (WiNER-fr development annotations, surface match per article)");
            Console.WriteLine(NerEvaluation.Run(annotations, texts, subset, ArticleAnalyzer.Default).ToTable());
        }

        var quotes = QuoteEvaluation.Run(folder, entities);
        Console.WriteLine("Quotes and speakers (eval/quotes gold; lenient ≥ 30 %, strict ≥ 80 % of the gold quote)");
        Console.WriteLine(quotes.ToTable());

        // A separate set, printed after the French tables so their output stays as it was.
        if (Directory.Exists(Path.Combine(folder, "eval", "quotes", QuoteEvaluation.EnglishSet)))
        {
            Console.WriteLine("Quotes and speakers, English set (eval/quotes/en: wire-style texts written for this project; same protocol)");
            var english = QuoteEvaluation.Run(folder, entities, QuoteEvaluation.EnglishSet);
            Console.WriteLine(english.ToTable());
            if (quoteErrors)
            {
                Console.WriteLine("Quote errors, English set");
                Console.WriteLine(english.ErrorList());
            }
        }

        if (quoteErrors)
        {
            Console.WriteLine("Quote errors (eval/quotes)");
            Console.WriteLine(quotes.ErrorList());
        }

        return ExitCodes.Ok;
    }

    private static int PrintErrors(NerReport report, string type)
    {
        if (!report.Scores.Any(s => s.Type == type))
        {
            Console.Error.WriteLine($"Unknown type '{type}': use {string.Join(", ", report.Scores.Select(s => s.Type))}.");
            return ExitCodes.Usage;
        }

        Console.Write(report.ToTable());
        foreach (var (title, list) in new[] { ("missed", report.Missed), ("spurious", report.Spurious) })
        {
            var ofType = list.Where(e => e.Type == type).ToList();
            Console.WriteLine($"\n{type} {title}: {ofType.Sum(e => e.Count)}");
            foreach (var e in ofType)
            {
                Console.WriteLine($"{e.Count,5}  {e.Surface}\t{e.FirstArticle}");
            }
        }

        return ExitCodes.Ok;
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
