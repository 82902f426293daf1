package se.kompetensnav.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeClassTests {

	@Test
	void headcountBoundariesFollowTheEuDefinition() {
		assertThat(SizeClass.of(9, null)).isEqualTo(SizeClass.MICRO);
		assertThat(SizeClass.of(10, null)).isEqualTo(SizeClass.SMALL);
		assertThat(SizeClass.of(49, null)).isEqualTo(SizeClass.SMALL);
		assertThat(SizeClass.of(50, null)).isEqualTo(SizeClass.MEDIUM);
		assertThat(SizeClass.of(249, null)).isEqualTo(SizeClass.MEDIUM);
		assertThat(SizeClass.of(250, null)).isEqualTo(SizeClass.LARGE);
	}

	@Test
	void turnoverAboveTheCeilingMovesAnEnterpriseUp() {
		assertThat(SizeClass.of(5, 2.0)).isEqualTo(SizeClass.MICRO);
		assertThat(SizeClass.of(5, 2.5)).isEqualTo(SizeClass.SMALL);
		assertThat(SizeClass.of(40, 12.0)).isEqualTo(SizeClass.MEDIUM);
		assertThat(SizeClass.of(100, 60.0)).isEqualTo(SizeClass.LARGE);
		assertThat(SizeClass.of(100, 60.0).isSme()).isFalse();
		assertThat(SizeClass.of(100, 50.0).isSme()).isTrue();
	}
}
