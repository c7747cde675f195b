## A biblioteca: leituras curtas, de menos de um minuto cada. Explicam ideias; nunca julgam
## o relacionamento de ninguém.

learn-intro = Leituras curtas, de menos de um minuto cada. Elas explicam ideias; não julgam o relacionamento de ninguém. Escolha uma.
learn-read-on = Continuar lendo
learn-other-pieces = Mais leituras

learn-what-title = O que é microtraição, e o que não é
learn-what =
    O que quer dizer “microtraição”

    A palavra cobre coisas pequenas, fáceis de negar, que não chegam a ser um caso: mensagens que não caem bem, um flerte que era “só simpatia”, uma proximidade com alguém do trabalho de que o par não sabe. Cada uma, sozinha, se explica fácil. O “micro” diz duas coisas: nada disso é um grande acontecimento, e tudo junto pode pesar muito.

    Três perguntas ajudam a separar isso da vida comum:
    • É escondido do par porque causaria incômodo?
    • Dá algo romântico ou emocional que falta em casa?
    • Mantém com alguém uma proximidade que passa do que vocês combinaram, em voz alta ou no silêncio?
learn-what-more =
    Onde a palavra erra

    Há quem critique o termo por transformar a vida comum em prova, e a crítica tem razão em parte. Em um bom relacionamento as pessoas continuam achando outras atraentes, têm amizades de qualquer gênero e uma vida interior própria. Nem tudo que incomoda o parceiro é traição.

    A palavra também pode virar ferramenta de controle: desculpa para mexer no celular, afastar alguém dos amigos ou desconfiar de cada conversa. Não é para isso que ela serve, e se vigiar virou parte de uma relação, isso merece atenção por si só.

    O ponto útil fica no meio: dar nome ao que de fato existe, sem minimizar e sem tratar cada momento ambíguo como traição.

learn-spectrum-title = Do claramente ok ao claramente não
learn-spectrum =
    Um espectro, não um sim ou não

    • Claramente ok: amizades que seu par não conhece, uma paixão por um famoso, perceber que alguém é atraente, amizade aberta com um ex, gostar de atenção.
    • Zona cinzenta: mensagens frequentes e íntimas cujo volume seu par desconhece; acompanhar um ex de perto; conversas que você preferiria não mostrar; dizer que está “praticamente solteiro”, ou reclamar do relacionamento, para alguém que atrai você; um flerte que os dois sabem que é mais que amizade.
    • Claramente não, para a maioria: perfil ativo em app de namoro, um canal secreto com um ex, sexting, contar coisas íntimas que seu par não sabe, planos escondidos de encontro, alguém que se apoia em você como num par.

    Onde cada coisa cai depende em parte do que vocês combinaram. Casais definem regras diferentes, e todas podem estar certas.

learn-why-title = Por que as pessoas fazem isso
learn-why =
    Por que as pessoas fazem isso

    Entender o porquê não desculpa nada. Importa porque o motivo aponta para o que mudaria as coisas de verdade.

    • Querer se sentir notado. Sentir-se atraente ou especial para alguém novo quando isso esfriou em casa, ou quando a pessoa depende da aprovação de fora para se sentir valiosa. Não quer dizer, necessariamente, que o relacionamento vai mal.
    • Deixar uma porta aberta. Alguém em dúvida, ou com medo de se sentir preso, mantém outras conexões como reserva. Quase nunca é um plano; é mais um jeito de acalmar o medo, e pode existir ao lado de um amor verdadeiro.
learn-why-more =
    • Algo que falta em casa. Quando sentir-se compreendido ou escolhido foi se apagando, uma conexão de fora pode preencher o espaço. Isso torna compreensível, não aceitável, e aponta para uma conversa que ainda não aconteceu.
    • Vontade de novidade. A intensidade do começo passa, e sentir falta dela é humano. O que importa é se isso é conversado abertamente ou buscado escondido.
    • Velhos hábitos. Um jeito paquerador de escrever, ou contatos de antes, que ninguém olhou de novo depois do compromisso.

    Muitas vezes há mais de um ao mesmo tempo.

learn-symptom-title = Um sintoma, ou o problema em si?
learn-symptom =
    Um sintoma, ou o problema em si?

    Às vezes o comportamento aponta para outra coisa: uma insatisfação que ninguém nomeou, necessidades nunca ditas, dúvidas sobre a relação que ninguém enfrentou. Aí parar com ele não resolve muito. As conversas acabam, a distância continua e outra coisa ocupa o espaço.

    Outras vezes o comportamento é o problema. Não falta nada em especial em casa; a pessoa nunca se comprometeu de verdade com a relação ou com as regras dela. Aí a conversa é sobre valores, e sobre o que ela está realmente disposta a oferecer.

    De dentro, é difícil distinguir. A terapia de casal costuma ajudar os dois a ver qual é o caso.

learn-cycle-title = O ciclo ansioso–evitativo
learn-cycle =
    O ciclo ansioso–evitativo

    Não é um diagnóstico: é um padrão que alguns casais reconhecem.

    Algumas pessoas acham a proximidade total difícil e se sentem mais seguras com um pouco de distância. Podem manter pequenas conexões de fora como amortecedor, quase sempre sem decidir isso. Alivia um desconforto antigo com a entrega total; raramente tem a ver com querer um caso.

    Outras ficam muito atentas a qualquer sinal de abandono. Costumam perceber essas conexões cedo e reagir com força. Podem estar vendo algo real, ou a preocupação pode enxergar perigo no comum, e por dentro as duas coisas parecem iguais.

    Juntas, elas formam um ciclo: uma mantém distância, a outra se alarma e fala, a primeira fica na defensiva ou se afasta, a segunda insiste mais. Nada se resolve.
learn-cycle-more =
    Saindo do ciclo

    Se você é quem se afasta: repare quando a proximidade faz você procurar uma saída, e diga isso em vez de sair. “Está difícil para mim falar disso, e eu quero continuar aqui” mantém a porta aberta.

    Se você é quem percebe: pergunte com cuidado, com uma pergunta e não uma acusação, e nunca vigiando. Pergunte a si o que você de fato viu, não só o que teme.

    Para os dois: ver o ciclo como o problema, e não um ao outro, costuma ser o que deixa o casal sair dele. Um terapeuta pode ajudar.

learn-never-touched-title = “Mas a gente nem se tocou”
learn-never-touched =
    “Mas a gente nem se tocou”

    É a resposta mais comum quando o assunto aparece, e pode ser verdade. Mesmo assim, ela erra o ponto, por três motivos.

    • Esconder diz alguma coisa. Quase ninguém se esforça para esconder o que acha inocente; se não houvesse nada a explicar, teria aparecido na conversa.
    • O toque não é a medida. Atenção, afeto e desejo indo para outro lugar machucam por si só. O que dói é descobrir que você não estava onde achava que estava.
    • Muda a pergunta. Quem levantou o assunto acaba defendendo o direito de estar magoado, em vez de ser acolhido.

    Se é você quem diz isso: “não aconteceu nada” pode ser verdade e, ainda assim, não ser a resposta de que o seu par precisa.

learn-never-said-title = “A gente nunca disse que não podia”
learn-never-said =
    “A gente nunca disse que não podia”

    Quase todo casal funciona com acordos que ninguém disse em voz alta, e cada um supõe que o outro pensa igual. Funciona até deixar de funcionar.

    Quando algo escondido vem à tona, a regra que faltava pode virar abrigo: tecnicamente verdade, e um jeito de não assumir. Quase todo adulto sabe que contato secreto com alguém por quem se sente atraído vai contra o espírito de uma relação de compromisso, tenha isso sido dito ou não.

    O caminho não é vencer a discussão sobre o que foi dito. É dizer agora: o que está ok, o que não está, onde há dúvida, do que cada um precisa. Conversar sobre acordos é normal numa relação que leva os dois a sério, não sinal de desconfiança.
