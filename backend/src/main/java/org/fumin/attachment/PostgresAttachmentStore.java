package org.fumin.attachment;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Content in PostgreSQL, in {@value #CHUNK}-byte rows of {@code attachment_chunk}: a write streams
 * chunk by chunk inside the caller's transaction (so an attachment and its content commit or roll
 * back together), and a read fetches one chunk at a time on its own short connection, so a slow
 * download holds no connection and no transaction.
 */
public class PostgresAttachmentStore implements AttachmentStore {

  /** Bytes per chunk row; fixed, because range reads compute the row from the offset. */
  static final int CHUNK = 1024 * 1024;

  private final EntityManager em;
  private final DataSource dataSource;

  public PostgresAttachmentStore(EntityManager em, DataSource dataSource) {
    this.em = em;
    this.dataSource = dataSource;
  }

  @Override
  public String kind() {
    return AttachmentConfig.StoreKind.POSTGRES.key();
  }

  /** Needs the caller's transaction: the chunks are written on its connection. */
  @Override
  public void put(String sha256, long size, InputStream content) throws IOException {
    try {
      em.unwrap(Session.class).doWork(connection -> write(connection, sha256, size, content));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * PostgreSQL's {@code on conflict do nothing}: two uploads of the same new content in parallel
   * both succeed, the second waiting for the first's rows instead of failing on the key.
   */
  private static void write(Connection connection, String sha256, long size, InputStream content) throws SQLException {
    MessageDigest digest = sha256();
    try (DigestInputStream in = new DigestInputStream(content, digest);
        PreparedStatement insert = connection.prepareStatement(
            "insert into attachment_chunk (sha256, seq, data) values (?, ?, ?) on conflict (sha256, seq) do nothing")) {
      byte[] buffer = new byte[CHUNK];
      long total = 0;
      int seq = 0;
      while (true) {
        int filled = in.readNBytes(buffer, 0, CHUNK);
        if (filled == 0) {
          break;
        }
        total += filled;
        if (total > size) {
          throw new UncheckedIOException(new ContentMismatchException("more bytes than announced"));
        }
        insert.setString(1, sha256);
        insert.setInt(2, seq++);
        insert.setBytes(3, filled == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, filled));
        insert.executeUpdate();
      }
      if (total != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
        throw new UncheckedIOException(new ContentMismatchException("content does not have the announced hash or size"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream open(String sha256, long offset, long length) {
    return new ChunkStream(sha256, offset, length);
  }

  @Override
  public boolean exists(String sha256) throws IOException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("select 1 from attachment_chunk where sha256 = ? and seq = 0")) {
      select.setString(1, sha256);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the wanted part of each chunk only when the previous one is used up. */
  private final class ChunkStream extends InputStream {
    private final String sha256;
    private long position;
    private final long end;
    private byte[] current = new byte[0];
    private int index;

    ChunkStream(String sha256, long offset, long length) {
      this.sha256 = sha256;
      this.position = offset;
      this.end = offset + length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (index >= current.length) {
        if (position >= end) {
          return -1;
        }
        current = fetch();
        index = 0;
        if (current.length == 0) {
          throw new IOException("attachment content " + sha256 + " is missing a chunk");
        }
      }
      int n = Math.min(len, current.length - index);
      System.arraycopy(current, index, target, off, n);
      index += n;
      return n;
    }

    /** The rest of the chunk holding {@code position}, up to {@code end}; substring() reads only that part. */
    private byte[] fetch() throws IOException {
      int seq = (int) (position / CHUNK);
      int from = (int) (position % CHUNK);
      int wanted = (int) Math.min(CHUNK - from, end - position);
      try (Connection connection = dataSource.getConnection();
          PreparedStatement select = connection.prepareStatement(
              "select substring(data from ? for ?) from attachment_chunk where sha256 = ? and seq = ?")) {
        select.setInt(1, from + 1);
        select.setInt(2, wanted);
        select.setString(3, sha256);
        select.setInt(4, seq);
        try (ResultSet rs = select.executeQuery()) {
          byte[] bytes = rs.next() ? rs.getBytes(1) : new byte[0];
          position += bytes.length;
          return bytes;
        }
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }
  }
}
