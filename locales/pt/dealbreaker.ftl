## Avaliação "dá para superar?": dá para trabalhar nisso, ou é um ponto de ruptura?

dealbreaker-title = Dá para superar, ou é um ponto de ruptura?
dealbreaker-summary = Algumas perguntas sobre o que aconteceu e como foi tratado, e depois uma leitura.
dealbreaker-recap = Você estava no meio da avaliação sobre o que dá para superar.
dealbreaker-recap-what = Você ia me contar o que aconteceu.
dealbreaker-recap-response = Você tinha me contado o que aconteceu; a seguir vinha como seu par reagiu.
dealbreaker-recap-willing = A seguir vinha se seu par quer entender por que isso aconteceu.
dealbreaker-recap-pattern = A seguir vinha se isso já tinha acontecido antes.
dealbreaker-recap-concealment = A seguir vinha o quanto foi escondido.
dealbreaker-recap-affair = A seguir vinha o quanto a ligação com a outra pessoa ficou próxima.
dealbreaker-recap-commitment = A seguir vinha a sua percepção sobre o compromisso do seu par.
dealbreaker-recap-need = A seguir vinha do que você precisaria para voltar a se sentir em segurança.
dealbreaker-recap-safety = Você estava no começo, com uma pergunta sobre a sua segurança.
dealbreaker-safety-yes = Mesmo assim, você pode olhar aqui para o que aconteceu, no seu ritmo. Seja qual for a leitura, nada nela pede que você confronte alguém.
dealbreaker-safety-continue = Seguir com as perguntas

dealbreaker-intro =
    Vamos olhar com calma para o que aconteceu.

    Vou fazer umas nove perguntas curtas. No fim, você recebe uma leitura: se situações como a sua costumam ter saída, se tendem a ser um ponto de ruptura ou se ficam num meio-termo, junto com cada motivo que apontou para um lado ou para o outro.

    É uma leitura, não um veredito. Você sabe coisas sobre a sua relação que nenhuma lista de perguntas consegue captar, e o que você decidir cabe só a você.

    Esta avaliação foi pensada para quem está avaliando o que o par fez. Se foi você quem fez, escolha “Fui eu que fiz” aqui embaixo.
dealbreaker-begin = Vamos começar
dealbreaker-did-btn = Fui eu que fiz

dealbreaker-did =
    Esta avaliação é para quem está decidindo se dá para seguir depois do que o par fez, então as perguntas dela não servem para o seu lado.

    Existe uma conversa pensada para você: dar nome ao que aconteceu sem diminuir, o que dizer ao seu par e como reconstruir a confiança. Querer olhar para isso com honestidade já é um bom começo.

dealbreaker-q-what = O que aconteceu? Escolha o que chega mais perto. Se foram várias coisas menores, escolha “Várias destas”: coisas pequenas costumam se somar.
dealbreaker-what-several = Várias destas
dealbreaker-q-several = Vamos olhar para elas juntas. Qual pesa mais para você? Escolha essa primeiro, e depois pergunto pelas outras.
dealbreaker-q-also = O que mais? Escolha a próxima.
dealbreaker-q-also-2 = Mais alguma? Escolha outra, ou “Só isso”.
dealbreaker-also-done = Só isso
dealbreaker-q-what-other = Em uma ou duas frases, o que aconteceu? Guardo isso só até o fim desta avaliação. Você também pode pular.

dealbreaker-q-response = Quando o assunto veio à tona, como seu par reagiu?
dealbreaker-response-owned = Assumiu com honestidade
dealbreaker-response-minimised = Fez parecer menor do que foi
dealbreaker-response-deflected = Mudou de assunto ou desconversou
dealbreaker-response-turned-around = Virou o jogo contra mim
dealbreaker-response-denied = Negou o que estava na cara
dealbreaker-response-angry = Ficou com raiva de mim por perguntar
dealbreaker-response-not-raised = Ainda não toquei no assunto

dealbreaker-not-raised =
    É bom saber disso. A forma como alguém reage quando esse assunto aparece muitas vezes diz mais do que o próprio comportamento, e essa parte ainda não aconteceu.

    Você pode preparar essa conversa primeiro, ou seguir aqui com o que sabe agora e voltar depois.
dealbreaker-prepare-raise = Me ajude a preparar a conversa
dealbreaker-continue-anyway = Seguir com o que eu sei

dealbreaker-q-willing = Seu par parece querer olhar com honestidade para o motivo de isso ter acontecido?
dealbreaker-willing-yes = Sim, quer entender
dealbreaker-willing-unsure = Ainda não sei dizer
dealbreaker-willing-no = Não, se recusa a ir por aí

dealbreaker-q-pattern = É a primeira vez, ou algo parecido já aconteceu antes?
dealbreaker-pattern-first = Primeira vez, até onde sei
dealbreaker-pattern-changed = Já aconteceu, e mudou depois que conversamos
dealbreaker-pattern-unchanged = Já falei disso antes e nada mudou
dealbreaker-pattern-unsure = Não tenho certeza

dealbreaker-q-concealment = Quanto foi escondido de você?
dealbreaker-concealment-open = Quase nada; estava tudo às claras
dealbreaker-concealment-some = Uma parte ficou em segredo
dealbreaker-concealment-extensive = Muito: contas ocultas, mensagens apagadas ou mentiras
dealbreaker-concealment-unsure = Ainda não sei

dealbreaker-q-affair = A ligação com a outra pessoa virou algo que funciona como um relacionamento: proximidade diária, dependência emocional, coisas divididas ali que não são divididas com você?
dealbreaker-affair-no = Não, não chegou a esse ponto
dealbreaker-affair-unsure = Não sei dizer
dealbreaker-affair-yes = Sim, parece que sim

dealbreaker-q-commitment = Com sinceridade, deixando a esperança de lado por um momento: quanto compromisso com a relação seu par parece ter?
dealbreaker-commitment-committed = Tem compromisso, mesmo tendo errado
dealbreaker-commitment-unsure = Sinceramente, não sei
dealbreaker-commitment-not = Acho que não está por inteiro na relação

dealbreaker-q-need = E você: do que precisaria para voltar a se sentir em segurança nessa relação?
dealbreaker-need-transparency-btn = Transparência, por um bom tempo
dealbreaker-need-time-btn = Tempo, sem pressa
dealbreaker-need-distance-btn = Que o contato com a outra pessoa acabe
dealbreaker-need-support-btn = Ajuda de fora, como terapia de casal
dealbreaker-need-unsure-btn = Ainda não sei
dealbreaker-need-cannot-btn = Não sei se consigo carregar isso


dealbreaker-leaning-workable = Situações como a que você descreve costumam ter saída. Isso não quer dizer que vai ser fácil nem que você tem que ficar; quer dizer que as coisas que normalmente tornam a reconstrução possível parecem estar presentes.
dealbreaker-leaning-mixed = Suas respostas estão divididas. Algumas coisas indicam que a reconstrução é possível, e outras apontam para o outro lado. Isso é comum; logo abaixo estão os motivos de cada lado.

dealbreaker-leaning-mixed-none = Suas respostas ainda não pendem para nenhum lado. Nada do que você me contou aponta claramente para a reconstrução nem contra ela; ainda há muito que não se sabe, e isso é comum tão no começo.

dealbreaker-leaning-mixed-dealbreaker = Suas respostas ainda não pendem para nenhum lado. Algo do que você me contou aponta para um ponto de ruptura, mas não com força suficiente para pender para lá, e nada aponta claramente para a reconstrução. Ainda há muito em aberto.

dealbreaker-leaning-mixed-workable = Suas respostas ainda não pendem para nenhum lado. Algumas coisas indicam que a reconstrução é possível e nada do que você me contou aponta claramente o contrário, mas ainda não dá para dizer que tem saída.
dealbreaker-leaning-dealbreaker = Situações como a que você descreve tendem a ser um ponto de ruptura. Isso não é uma sentença; quer dizer que estão aparecendo os sinais que normalmente tornam difícil reconstruir a confiança.
dealbreaker-toward-workable =
    O que apontou para “dá para superar”:
    { $reasons }
dealbreaker-toward-dealbreaker =
    O que apontou para um ponto de ruptura:
    { $reasons }

dealbreaker-factor-owned = • Seu par assumiu com honestidade, sem diminuir o que houve nem jogar a culpa em você.
dealbreaker-factor-minimised = • Seu par fez parecer menor do que foi.
dealbreaker-factor-deflected = • Seu par fugiu da pergunta em vez de responder.
dealbreaker-factor-turned-around = • Seu par virou o jogo, e o problema passou a ser você.
dealbreaker-factor-denied = • Seu par negou o que estava na cara.
dealbreaker-factor-angry = • Seu par ficou com raiva de você por tocar no assunto.
dealbreaker-factor-willing = • Seu par parece querer entender por que isso aconteceu.
dealbreaker-factor-unwilling = • Seu par se recusa a olhar para o porquê.
dealbreaker-factor-first-time = • Até onde você sabe, é a primeira vez.
dealbreaker-factor-changed-before = • Quando algo assim aconteceu antes, as coisas mudaram.
dealbreaker-factor-pattern = • Você já falou disso antes e nada mudou.
dealbreaker-factor-several = • Não foi uma coisa só, foram várias. Coisas pequenas que parecem menores sozinhas podem formar um padrão.
dealbreaker-factor-open = • Nada foi escondido de você.
dealbreaker-factor-concealment = • Muita coisa foi escondida, e esconder exige esforço contínuo.
dealbreaker-factor-no-affair = • A ligação com a outra pessoa não virou algo parecido com um relacionamento.
dealbreaker-factor-affair = • A ligação com a outra pessoa já funciona como um relacionamento.
dealbreaker-factor-committed = • Você sente compromisso da parte do seu par, mesmo com esse erro.
dealbreaker-factor-not-committed = • Sua impressão sincera é de que seu par não está por inteiro na relação.
dealbreaker-factor-cannot-carry = • Você não sabe se consegue carregar isso, e isso conta.

dealbreaker-response-matters = Por que a reação pesa tanto: o que alguém fez raramente é a história toda. O jeito como a pessoa responde quando o assunto é colocado na mesa (assumindo, ou então negando, desconversando, ficando com raiva) é uma prévia de como tendem a ser todas as conversas de reconstrução depois disso.
dealbreaker-response-unknown = Ainda falta uma peça grande: como seu par vai reagir quando você tocar no assunto. Essa reação muitas vezes diz mais do que o próprio comportamento, então esta leitura pode mudar depois dessa conversa.

dealbreaker-need-transparency = Você disse que precisaria de transparência por um bom tempo. É uma necessidade razoável, não um exagero, e um par que quer reconstruir a relação consegue atender a isso.
dealbreaker-need-time = Você disse que precisaria de tempo. Uma mágoa assim não segue cronograma, e você não deve a ninguém uma recuperação rápida.
dealbreaker-need-distance = Você disse que precisaria que o contato acabasse. É justo dizer isso com clareza, e observar como isso é recebido.
dealbreaker-need-support = Você disse que gostaria de ajuda de fora. A terapia de casal pode ajudar vocês a entender o que estava por trás do comportamento; buscar isso é sinal de que vocês levam a situação a sério, não de fracasso.
dealbreaker-need-unsure = Você ainda não sabe do que precisaria, e tudo bem. Isso muitas vezes fica mais claro depois da primeira conversa honesta.
dealbreaker-need-cannot = Você disse que não sabe se consegue carregar isso. Algumas pessoas descobrem que conseguem reconstruir; outras sabem que isso ficaria com elas para sempre. As duas respostas são honestas.

dealbreaker-safety-first = Você me contou que existe medo ou controle nisso, então a segurança vem primeiro. Antes de qualquer confronto ou decisão, converse com uma linha de apoio (o botão abaixo mostra quais) e pense em como se manter em segurança. Aqui está a leitura, com isso em mente.

dealbreaker-both-valid = Seja qual for a leitura, duas coisas continuam verdadeiras. Se você concluir que a confiança não tem como voltar depois disso, não é exagero seu; é enxergar com clareza do que a confiança precisa. E escolher ficar e reconstruir é igualmente válido. O que importa é escolher com honestidade: com o que você consegue conviver, e o que você merece.

dealbreaker-where-next = Para onde você gostaria de ir agora?
dealbreaker-about-own = Você descreveu com as suas palavras: “{ $behaviour }”.
dealbreaker-about = Você perguntou sobre: { $behaviours }.
