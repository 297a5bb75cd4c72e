namespace WebTasks.Testing;

/// <summary>The repository the tests run from (the folder holding Directory.Packages.props).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Directory.Packages.props) was not found above " + AppContext.BaseDirectory);
    }
}
