using Azure;
using Azure.Data.Tables;

namespace WebTasks.Storage;

/// <summary>Writes that hold only if nobody wrote the row since it was read: the row guards itself with its ETag.</summary>
public static class OptimisticWrites
{
    /// <summary>
    /// Adds <paramref name="entity"/> where <paramref name="read"/> says there was no row, else replaces the row read;
    /// false when another writer added or changed it first.
    /// </summary>
    public static async Task<bool> TryWriteAsync<T>(this TableClient table, T entity, ITableEntity? read, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        try
        {
            if (read is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, read.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
