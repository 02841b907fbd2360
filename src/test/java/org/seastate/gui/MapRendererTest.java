package org.seastate.gui;

import org.seastate.look.NationColors;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.seastate.geo.LatLon;
import org.seastate.geo.Theater;

class MapRendererTest {

  private final Theater theater = Theater.standard();

  @Test
  void rendersHeadlessToPngOfTheExpectedSize() throws Exception {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    MapRenderer r = new MapRenderer(theater);
    BufferedImage img = r.render(2);
    assertThat(img.getWidth()).isEqualTo(870);
    assertThat(img.getHeight()).isEqualTo(810);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, "png", out)).isTrue();
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.getWidth()).isEqualTo(870);

    MapFrame f = r.frame(2);
    LatLon luzon = new LatLon(16.3, 121.0);
    assertThat(rgb(back, f, luzon)).isEqualTo(MapRenderer.LAND.getRGB() & 0xFFFFFF);
    LatLon westOfScarborough = new LatLon(14.5, 116.5);
    int sea = rgb(back, f, westOfScarborough);
    assertThat(sea).isEqualTo(r.cellColor(theater.cellOf(westOfScarborough)).getRGB() & 0xFFFFFF);
    Color c = new Color(sea);
    assertThat(c.getBlue()).isGreaterThan(c.getRed()); // sea, tinted Philippine blue
  }

  @Test
  void renderToWidthUsesWholePixelsPerCellAndDrawsExtraLayers() {
    MapRenderer r = new MapRenderer(theater);
    int[] calls = {0};
    BufferedImage img = r.renderToWidth(900, (g, frame) -> {
      calls[0]++;
      g.setColor(Color.MAGENTA);
      g.fillRect((int) frame.x(114) - 2, (int) frame.y(12) - 2, 5, 5);
    });
    assertThat(img.getWidth()).isEqualTo(870);
    assertThat(calls[0]).isEqualTo(1);
    MapFrame f = r.frame(2);
    assertThat(img.getRGB((int) f.x(114), (int) f.y(12)) & 0xFFFFFF).isEqualTo(0xFF00FF);
  }

  @Test
  void nationColorsAreDistinctForNeighbours() {
    String[] codes = {"CN", "PH", "VN", "MY", "BN", "ID", "TW", "JP", "TH", "KH", "US", "AU"};
    for (int i = 0; i < codes.length; i++) {
      assertThat(NationColors.has(codes[i])).isTrue();
      for (int j = i + 1; j < codes.length; j++) {
        assertThat(NationColors.of(codes[i])).isNotEqualTo(NationColors.of(codes[j]));
      }
    }
    assertThat(NationColors.of("XX")).isEqualTo(NationColors.OTHER);
  }

  private static int rgb(BufferedImage img, MapFrame f, LatLon p) {
    return img.getRGB((int) f.x(p.lon()), (int) f.y(p.lat())) & 0xFFFFFF;
  }
}
