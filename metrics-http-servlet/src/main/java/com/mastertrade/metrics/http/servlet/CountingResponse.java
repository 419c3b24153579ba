package com.mastertrade.metrics.http.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;

/**
 * Counts the body bytes an application writes, through the output stream or the writer. The servlet
 * API has no portable way to ask a container how much it wrote, so the filter counts on the way
 * through.
 */
final class CountingResponse extends HttpServletResponseWrapper {
  private long written;
  private ServletOutputStream stream;
  private PrintWriter writer;

  CountingResponse(HttpServletResponse response) {
    super(response);
  }

  long bytesWritten() {
    return written;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      stream = new CountingStream(super.getOutputStream());
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      // The container's writer first: it fixes the charset and enforces stream-or-writer.
      PrintWriter container = super.getWriter();
      writer =
          new PrintWriter(
              new CountingWriter(
                  container, new EncodedLength(Charset.forName(getCharacterEncoding()))));
    }
    return writer;
  }

  private final class CountingWriter extends Writer {
    private final PrintWriter delegate;
    private final EncodedLength length;

    CountingWriter(PrintWriter delegate, EncodedLength length) {
      this.delegate = delegate;
      this.length = length;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
      delegate.write(chars, offset, count);
      written += length.of(CharBuffer.wrap(chars), offset, count);
    }

    @Override
    public void write(String text, int offset, int count) {
      delegate.write(text, offset, count);
      written += length.of(text, offset, count);
    }

    @Override
    public void write(int c) {
      delegate.write(c);
      written += length.of(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void flush() {
      delegate.flush();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private final class CountingStream extends ServletOutputStream {
    private final ServletOutputStream delegate;

    CountingStream(ServletOutputStream delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(int b) throws IOException {
      delegate.write(b);
      written++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      delegate.write(bytes, offset, length);
      written += length;
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }

    @Override
    public void close() throws IOException {
      delegate.close();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      delegate.setWriteListener(listener);
    }
  }
}
