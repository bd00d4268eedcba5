namespace Course.Cli.Commands;

public static class ExitCodes
{
    public const int Built = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;
}
