namespace Course.Web.Glossary.Parsing;

/// <summary>Collects the attributes of one term line and checks them: one valid id, one kind, known keys only.</summary>
internal sealed class TermAttributes(string term, int open, Action<int, string, string> report)
{
    private readonly List<GlossaryName> aliases = [];
    private readonly List<GlossaryName> avoid = [];
    private string? id;
    private int idColumn;
    private GlossaryEntryKind? kind;
    private bool failed;

    public void Add(AttributeToken token)
    {
        switch (token.Prefix)
        {
            case '#':
                AddId(token);
                break;
            case '.':
                AddKind(token);
                break;
            default:
                AddKeyValue(token);
                break;
        }
    }

    public GlossaryTermLine? Complete(GlossaryName termName)
    {
        if (id is null && !failed)
        {
            Fail(open, $"The term '{term}' has no id.", "Add #an-id inside the braces: lowercase ASCII words joined by '-', the same id in every language.");
        }

        if (kind is null && !failed)
        {
            Fail(open, $"The term '{term}' has no kind.", "Add .term, or .abbr for an abbreviation, inside the braces.");
        }

        return failed || id is null || kind is null ? null : new GlossaryTermLine(termName, id, idColumn, kind.Value, aliases, avoid);
    }

    private void AddId(AttributeToken token)
    {
        if (id is not null)
        {
            Fail(token.Column, $"The term '{term}' has a second id '#{token.Name}'.", $"Keep one id (#{id}).");
            return;
        }

        if (!GlossaryTermLineParser.IsValidId(token.Name))
        {
            string? suggestion = GlossaryTermLineParser.SuggestId(token.Name);
            string fix = "Use lowercase ASCII letters, digits and '-' (e.g. #computer-crime)"
                + (suggestion is null ? "." : $": #{suggestion}.");
            Fail(token.ValueColumn, $"The id '#{token.Name}' has characters an id may not have.", fix);
            return;
        }

        id = token.Name;
        idColumn = token.ValueColumn;
    }

    private void AddKind(AttributeToken token)
    {
        GlossaryEntryKind? parsed = token.Name switch
        {
            "term" => GlossaryEntryKind.Term,
            "abbr" => GlossaryEntryKind.Abbreviation,
            _ => null,
        };
        if (parsed is null)
        {
            Fail(token.Column, $"Unknown kind '.{token.Name}'.", "Use .term for a term or .abbr for an abbreviation.");
        }
        else if (kind is not null)
        {
            Fail(token.Column, $"The term '{term}' has two kinds.", "Keep one of .term and .abbr.");
        }
        else
        {
            kind = parsed;
        }
    }

    private void AddKeyValue(AttributeToken token)
    {
        List<GlossaryName>? names = token.Name switch
        {
            "aliases" => aliases,
            "avoid" => avoid,
            _ => null,
        };
        if (names is null)
        {
            Fail(token.Column, $"Unknown attribute '{token.Name}'.", "The attributes with a value are aliases=\"…; …\" and avoid=\"…; …\".");
            return;
        }

        string value = token.Value ?? "";
        int offset = 0;
        foreach (string part in value.Split(';'))
        {
            string name = part.Trim();
            if (name.Length > 0)
            {
                int leading = part.Length - part.TrimStart().Length;
                names.Add(new GlossaryName(name, token.ValueColumn + offset + leading));
            }

            offset += part.Length + 1;
        }
    }

    private void Fail(int column, string message, string fix)
    {
        failed = true;
        report(column, message, fix);
    }
}
