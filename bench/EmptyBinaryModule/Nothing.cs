namespace EmptyBinaryModule
{
    /// <summary>The assembly's only type, so that it is a real assembly with nothing to export.</summary>
    internal static class Nothing
    {
    }
}
