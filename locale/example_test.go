package locale_test

import (
	"fmt"

	"github.com/regiodialogue/regiodialogue"
	"github.com/regiodialogue/regiodialogue/locale"
	"golang.org/x/text/language"
)

func Example() {
	ds := regiodialogue.Default()
	cn, _ := ds.Agreement("cn")
	for _, tag := range []string{"en", "ru", "zh", "sw"} {
		l := locale.New(language.MustParse(tag))
		fmt.Printf("%s (messages in %s): %s, %s, %s\n", tag, l.UI(), l.PartnerName(cn.Partner), l.Label(cn.Group), l.Date(cn.Signed()))
	}
	// Output:
	// en (messages in en): China, Strategic partner, 15 May 2006
	// ru (messages in ru): Китай, Стратегический партнёр, 15 мая 2006 г.
	// zh (messages in zh-Hans): 中国, 战略伙伴, 2006年5月15日
	// sw (messages in en): Uchina, Strategic partner, 15 May 2006
}

func ExampleLocale_Count() {
	l := locale.New(language.Russian)
	for _, n := range []int{1, 2, 5, 14, 21} {
		fmt.Println(l.Count(n, locale.Agreements))
	}
	// Output:
	// 1 соглашение
	// 2 соглашения
	// 5 соглашений
	// 14 соглашений
	// 21 соглашение
}

func ExampleLocale_Date() {
	l := locale.New(language.Spanish)
	for _, s := range []string{"2013", "2013-05", "2013-05-15", "2010-07-15?"} {
		fmt.Println(l.Date(regiodialogue.MustParseDate(s)))
	}
	// Output:
	// 2013
	// mayo de 2013
	// 15 de mayo de 2013
	// h. 15 de julio de 2010
}

func ExampleLocale_Text() {
	pe, _ := regiodialogue.Default().Agreement("pe")
	l := locale.New(language.Spanish)
	v := l.Text(pe.Dialogue)
	fmt.Println(v.Tag, v.IsTranslation())
	// Output:
	// es-t-en true
}

func ExampleFromAcceptLanguage() {
	l := locale.FromAcceptLanguage("ka-GE, ka;q=0.9, en;q=0.5")
	fmt.Println(l.Tag(), l.UI(), l.Field("signed"))
	fmt.Println(l.LanguageName("en"), "/", l.CountryName("GE"))
	// Output:
	// ka-GE ka ხელმოწერის თარიღი
	// ინგლისური / საქართველო
}

func ExampleLocale_Label() {
	for _, tag := range []language.Tag{language.English, language.Japanese, language.Hindi} {
		fmt.Println(locale.New(tag).Label(regiodialogue.StudyVisit))
	}
	// Output:
	// Study visit
	// 視察
	// अध्ययन यात्रा
}
